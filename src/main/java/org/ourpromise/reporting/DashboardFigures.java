package org.ourpromise.reporting;

import org.ourpromise.benchmarks.CurrentFigures;
import org.ourpromise.measures.MeasureResults;
import org.springframework.stereotype.Component;

/** The council's measures for the targets page: the dashboard's, kept for the day by {@link ReportLibrary}. */
@Component
class DashboardFigures implements CurrentFigures {

    private final ReportLibrary library;

    DashboardFigures(ReportLibrary library) {
        this.library = library;
    }

    @Override
    public MeasureResults measures(int year) {
        return library.measures(year, null);
    }
}
