package org.ourpromise.iro;

import static org.ourpromise.measures.IroServiceMeasureCatalogue.ALERTS_CONCERN;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.ALERTS_GOOD_PRACTICE;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.ALERTS_RAISED;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.ANSWERED_IN_TIME;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.DAYS_TO_RESOLUTION;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.ESCALATIONS;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.ESCALATIONS_RESOLVED;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.OPEN_PAST_DUE;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.OVER_FORMAL_LIMIT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ourpromise.reports.AnnualReport;
import org.ourpromise.reports.ChartBar;

/**
 * The alerts' and escalations' sections of the IRO annual report, from the year's {@link IroMeasures.Results}:
 * alerts raised by kind, category (theme), team and IRO, concerns answered in time and open past their date;
 * escalations by the stage they reached and how they stand, time to resolution and referrals to Cafcass. Pure.
 */
final class AlertFigures {

    private AlertFigures() {
    }

    static IroReport.Section alerts(IroMeasures.Results r, IroMeasureTable measures,
            java.util.function.UnaryOperator<String> iroName) {
        var figures = List.of(measures.figure(r, ALERTS_RAISED, r.informal() + " of them informal"),
                measures.figure(r, ALERTS_GOOD_PRACTICE, ""), measures.figure(r, ALERTS_CONCERN, ""),
                measures.figure(r, ANSWERED_IN_TIME, null), measures.figure(r, OPEN_PAST_DUE, "on " + IroReportFigures.words(r.to())));
        var chart = AnnualReport.Chart.bar("iro-alert-themes", "Alerts by theme", "Alerts raised in the year by category",
                r.byCategory().entrySet().stream().map(e -> ChartBar.of(e.getKey(),
                        e.getValue().goodPractice() + e.getValue().concern())).toList());
        return new IroReport.Section("alerts", 4, "Quality assurance alerts", figures, List.of(chart),
                List.of(kindTable("Alerts by category", "Category", r.byCategory()),
                        kindTable("Alerts by the team they were sent to", "Team", r.byTeam()),
                        kindTable("Alerts by the IRO who raised them", "IRO", named(r.byIro(), iroName)),
                        measures.table(r, List.of(ALERTS_RAISED, ALERTS_GOOD_PRACTICE, ALERTS_CONCERN, ANSWERED_IN_TIME,
                                OPEN_PAST_DUE))), "");
    }

    static IroReport.Section escalations(IroMeasures.Results r, IroSettings settings, IroMeasureTable measures) {
        var bars = new ArrayList<ChartBar>();
        for (var s : EscalationStage.values()) {
            bars.add(ChartBar.of(settings.name(s), r.byStage().getOrDefault(s, 0)));
        }
        var figures = List.of(measures.figure(r, ESCALATIONS, ""), measures.figure(r, ESCALATIONS_RESOLVED, null),
                measures.figure(r, DAYS_TO_RESOLUTION, null),
                measures.figure(r, OVER_FORMAL_LIMIT, "limit " + settings.formalLimitDays() + " working days"),
                new IroReport.Figure("Referred to Cafcass", String.valueOf(r.cafcass()), ""));
        var stageRows = new ArrayList<List<String>>();
        for (var s : EscalationStage.values()) {
            stageRows.add(List.of(settings.name(s), String.valueOf(r.byStage().getOrDefault(s, 0))));
        }
        var outcomeRows = new ArrayList<List<String>>();
        r.byOutcome().forEach((k, v) -> outcomeRows.add(List.of(k, String.valueOf(v))));
        return new IroReport.Section("escalations", 5, "Escalations and their outcomes", figures,
                List.of(AnnualReport.Chart.bar("iro-escalation-stages", "Highest stage reached",
                        "Concerns raised in the year and escalated, by the highest stage they reached", bars)),
                List.of(new IroReport.Table("Escalations by the highest stage reached", List.of("Stage", "Concerns"), stageRows),
                        new IroReport.Table("How the escalations ended", List.of("Outcome", "Concerns"), outcomeRows),
                        measures.table(r, List.of(ESCALATIONS, ESCALATIONS_RESOLVED, OVER_FORMAL_LIMIT,
                                DAYS_TO_RESOLUTION))), "");
    }

    private static Map<String, IroMeasures.KindCounts> named(Map<String, IroMeasures.KindCounts> byIro,
            java.util.function.UnaryOperator<String> iroName) {
        var named = new java.util.LinkedHashMap<String, IroMeasures.KindCounts>();
        byIro.forEach((id, counts) -> named.merge(iroName.apply(id), counts, (a, b) -> new IroMeasures.KindCounts(
                a.goodPractice() + b.goodPractice(), a.concern() + b.concern())));
        return named;
    }

    private static IroReport.Table kindTable(String caption, String what, Map<String, IroMeasures.KindCounts> counts) {
        var rows = new ArrayList<List<String>>();
        counts.forEach((k, v) -> rows.add(List.of(k, String.valueOf(v.goodPractice()), String.valueOf(v.concern()))));
        return new IroReport.Table(caption, List.of(what, "Good practice", "Concern"), rows);
    }
}
