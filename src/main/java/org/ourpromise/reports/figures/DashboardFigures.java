package org.ourpromise.reports.figures;

import org.ourpromise.reports.CurrentFigures;
import org.ourpromise.measures.MeasureResults;
import org.springframework.stereotype.Component;

/**
 * The council's measures for the targets page: the dashboard's, kept for the day by {@link ReportLibrary}, and the
 * local measures from the record for the same collection year (so far), as the dashboard shows them.
 */
@Component
class DashboardFigures implements CurrentFigures {

    private final ReportLibrary library;
    private final RecordMeasures record;

    DashboardFigures(ReportLibrary library, RecordMeasures record) {
        this.library = library;
        this.record = record;
    }

    @Override
    public MeasureResults measures(int year) {
        var fromReturn = library.measures(year, null);
        var values = new java.util.LinkedHashMap<>(fromReturn.values());
        values.putAll(record.forPeriod(record.yearSoFar(year), null).values());
        return new MeasureResults(fromReturn.parameters(), values);
    }
}
