package org.ourpromise.iro;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ourpromise.measures.IroServiceMeasureCatalogue;
import org.ourpromise.reports.Targets;

/**
 * Lays out the IRO annual report for a year from what was read once: the year's measures are computed once
 * ({@link IroMeasures}) and every section reads its figures from that computation. Pure.
 */
final class IroReportAssembly {

    private IroReportAssembly() {
    }

    /** @param iroName an IRO's name from their worker id (the staff directory's), for the tables and the chart */
    static IroReport build(int year, IroMeasures.Input in, LocalDate today, Map<String, String> narratives,
            Targets targets, java.util.function.UnaryOperator<String> iroName) {
        var r = IroMeasures.compute(year, in, today);
        var table = new IroMeasureTable(IroServiceMeasureCatalogue.of(in.settings(), in.iroSettings().formalLimitDays()),
                targets, in.settings().caseloadLow(), in.settings().caseloadHigh());
        var all = in.records();
        var sections = new ArrayList<IroReport.Section>(List.of(
                IroReportFigures.profile(r, all, table, iroName), IroReportFigures.timeliness(year, all, r, table),
                IroReportFigures.participation(year, all), AlertFigures.alerts(r, table, iroName),
                AlertFigures.escalations(r, in.iroSettings(), table), IroReportFigures.permanence(r, table),
                new IroReport.Section("development", 7, "What we will do better: the development plan", List.of(), List.of(),
                        List.of(), "")));
        sections.replaceAll(s -> s.withNarrative(narratives.getOrDefault(s.key(), "")));
        return new IroReport(year, IroReport.TITLE, (year - 1) + " to " + year + " (1 April " + (year - 1) + " to 31 March "
                + year + ")", sections, List.of(
                        "Figures are computed by Promise from the council's record on " + IroReportFigures.words(today)
                                + ", up to " + IroReportFigures.words(r.to()) + ".",
                        "Caseloads are weighted (a looked-after child " + in.settings().lookedAfterWeight().stripTrailingZeros()
                                .toPlainString() + ", any other child " + in.settings().otherCaseWeight().stripTrailingZeros()
                                .toPlainString() + ") and divided by each IRO's hours in the staff directory.",
                        "Alerts and escalations are those raised in the year; their outcomes are as recorded today.",
                        "The measures and their targets are the same as on the targets page."));
    }
}
