package org.ourpromise.permanence;

import java.util.List;
import org.ourpromise.reports.AnnualReport;
import org.ourpromise.reports.AnnualReportTables;
import org.ourpromise.reports.ChartBar;
import org.ourpromise.reports.ReportSection;
import org.springframework.stereotype.Component;

/**
 * The annual report's Permanence Panel figures, under "Permanence and adoption": the children presented and the
 * decisions made at meetings in the year, the plans achieved in it and the median days from plan to achievement
 * (the figures the panels page shows, computed once by {@link PermanenceTracking#figures}), and the special
 * guardianship and child arrangements orders made in the year.
 */
@Component
class PanelReportTables implements AnnualReportTables {

    private final PermanenceTracker tracker;
    private final PermanenceOrders orders;

    PanelReportTables(PermanenceTracker tracker, PermanenceOrders orders) {
        this.tracker = tracker;
        this.orders = orders;
    }

    @Override
    public ReportSection section() {
        return ReportSection.PERMANENCE;
    }

    @Override
    public List<AnnualReport.Table> tables(int year) {
        var f = tracker.figures(year);
        var panel = List.of(ChartBar.of("Children presented to the panel", f.presented()),
                ChartBar.of("Permanence agreed", f.agreed()), ChartBar.of("Permanence not agreed", f.notAgreed()),
                ChartBar.of("Decision deferred", f.deferred()), ChartBar.of("Permanence achieved", f.achieved()),
                ChartBar.of("Median days from plan to achievement", f.medianDaysToAchieve() == null ? null
                        : java.math.BigDecimal.valueOf(f.medianDaysToAchieve())));
        var from = f.from();
        var to = f.to();
        var made = orders.orders(null).stream().filter(o -> o.madeOn() != null && !o.madeOn().isBefore(from)
                && !o.madeOn().isAfter(to)).toList();
        var orderRows = List.of(
                ChartBar.of("Special guardianship orders made", made.stream()
                        .filter(o -> o.kind() == PermanenceOrder.Kind.SGO).count()),
                ChartBar.of("Child arrangements orders made", made.stream()
                        .filter(o -> o.kind() == PermanenceOrder.Kind.CAO).count()),
                ChartBar.of("Orders made with an allowance paid", made.stream()
                        .filter(o -> o.allowanceWeekly() != null).count()));
        return List.of(new AnnualReport.Table("The Permanence Panel in the year: children presented, decisions and "
                + "permanence achieved (plans achieved in the year, median days from the plan being set)", panel),
                new AnnualReport.Table("Special guardianship and child arrangements orders made in the year", orderRows));
    }
}
