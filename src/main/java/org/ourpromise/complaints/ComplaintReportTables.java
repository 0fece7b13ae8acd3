package org.ourpromise.complaints;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ourpromise.reports.AnnualReport;
import org.ourpromise.reports.AnnualReportTables;
import org.ourpromise.reports.ChartBar;
import org.ourpromise.reports.ReportSection;
import org.springframework.stereotype.Component;

/**
 * The annual report's complaints figures: complaints received in the year by theme and by what they came to. The
 * report has no complaints section, so they sit with the reviews, under the child's voice.
 */
@Component
class ComplaintReportTables implements AnnualReportTables {

    private final ComplaintOutcomes outcomes;

    ComplaintReportTables(ComplaintOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public ReportSection section() {
        return ReportSection.REVIEWS;
    }

    @Override
    public List<AnnualReport.Table> tables(int year) {
        var from = LocalDate.of(year - 1, 4, 1);
        var to = LocalDate.of(year, 3, 31);
        return List.of(new AnnualReport.Table("Complaints received in the year, by theme (a complaint counts under each "
                        + "of its themes)", rows(outcomes.byTheme(from, to))),
                new AnnualReport.Table("Complaints received in the year, by outcome at the last stage decided",
                        rows(outcomes.byOutcome(from, to))));
    }

    private static List<ChartBar> rows(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> ChartBar.of(e.getKey(), BigDecimal.valueOf(e.getValue()))).toList();
    }
}
