package org.ourpromise.reports.figures;

import org.ourpromise.reports.CurrentFigures;
import org.ourpromise.measures.MeasureResults;
import org.springframework.stereotype.Component;

/**
 * The council's measures for the targets page: the dashboard's, kept for the day by {@link ReportLibrary}, and the
 * local measures from the record for the same collection year (so far), as the dashboard shows them, and those
 * the service rooms compute from their own tables (the IRO service's).
 */
@Component
class DashboardFigures implements CurrentFigures {

    private final ReportLibrary library;
    private final RecordMeasures record;
    private final java.util.List<org.ourpromise.measures.ServiceMeasureSource> services;

    DashboardFigures(ReportLibrary library, RecordMeasures record,
            java.util.List<org.ourpromise.measures.ServiceMeasureSource> services) {
        this.library = library;
        this.record = record;
        this.services = services;
    }

    @Override
    public MeasureResults measures(int year) {
        var fromReturn = library.measures(year, null);
        var values = new java.util.LinkedHashMap<>(fromReturn.values());
        values.putAll(record.forPeriod(record.yearSoFar(year), null).values());
        services.forEach(s -> values.putAll(s.measures(year)));
        return new MeasureResults(fromReturn.parameters(), values);
    }
}
