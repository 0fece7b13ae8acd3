package org.ourpromise.iro;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ourpromise.reports.AnnualReport;
import org.ourpromise.reports.ChartBar;

/**
 * The alerts' sections of the IRO annual report: alerts raised in the year by kind, category (theme), team and
 * IRO, concerns answered in time and open past their date; escalations by the stage they reached and how they
 * ended, time to resolution and referrals to Cafcass. Pure: the alerts (with their steps) and the day.
 */
final class AlertFigures {

    private AlertFigures() {
    }

    static List<QaAlert> raisedIn(List<QaAlert> alerts, int year) {
        return alerts.stream().filter(a -> !a.raised().isBefore(IroReportFigures.from(year))
                && !a.raised().isAfter(IroReportFigures.to(year))).toList();
    }

    /** The first response's day, if any. */
    static java.util.Optional<LocalDate> firstResponse(QaAlert a) {
        return a.steps().stream().filter(s -> s.step().equals("Response")).map(QaAlert.Step::on).findFirst();
    }

    static IroReport.Section alerts(int year, List<QaAlert> all, LocalDate today) {
        var raised = raisedIn(all, year);
        long good = raised.stream().filter(a -> a.kind() == AlertKind.GOOD_PRACTICE).count();
        long informal = raised.stream().filter(a -> !a.formal()).count();
        var concerns = raised.stream().filter(a -> a.kind() == AlertKind.CONCERN && a.responseDue() != null).toList();
        long answered = concerns.stream().filter(a -> firstResponse(a).isPresent()).count();
        long inTime = concerns.stream().filter(a -> firstResponse(a).map(d -> !d.isAfter(a.responseDue())).orElse(false)).count();
        long pastDue = all.stream().filter(a -> a.isResponseOverdue(today)).count();
        var byCategory = new TreeMap<String, Integer>();
        var byTeam = new TreeMap<String, int[]>();
        var byIro = new TreeMap<String, int[]>();
        for (var a : raised) {
            byCategory.merge(a.category(), 1, Integer::sum);
            byTeam.computeIfAbsent(a.team(), k -> new int[2])[a.kind().ordinal()]++;
            byIro.computeIfAbsent(a.raisedByName(), k -> new int[2])[a.kind().ordinal()]++;
        }
        var figures = List.of(
                new IroReport.Figure("Alerts raised", String.valueOf(raised.size()), informal + " of them informal"),
                new IroReport.Figure("For good practice", String.valueOf(good), good + " of " + raised.size()),
                new IroReport.Figure("For concern", String.valueOf(raised.size() - good), (raised.size() - good) + " of " + raised.size()),
                new IroReport.Figure("Concerns answered by their response date", IroReportFigures.percent(inTime, concerns.size()),
                        inTime + " of " + concerns.size() + " (" + answered + " answered at all)"),
                new IroReport.Figure("Concerns open past their response date today", String.valueOf(pastDue), "all years"));
        var chart = AnnualReport.Chart.bar("iro-alert-themes", "Alerts by theme", "Alerts raised in the year by category",
                byCategory.entrySet().stream().map(e -> ChartBar.of(e.getKey(), e.getValue())).toList());
        return new IroReport.Section("alerts", 4, "Quality assurance alerts", figures, List.of(chart),
                List.of(kindTable("Alerts by the team they were sent to", "Team", byTeam),
                        kindTable("Alerts by the IRO who raised them", "IRO", byIro)), "");
    }

    static IroReport.Section escalations(int year, List<QaAlert> all, IroSettings settings) {
        var escalated = raisedIn(all, year).stream().filter(a -> !a.stages().isEmpty()).toList();
        var reached = new EnumMap<EscalationStage, Integer>(EscalationStage.class);
        var outcomes = new TreeMap<String, Integer>();
        int resolvedDays = 0;
        int resolved = 0;
        for (var a : escalated) {
            reached.merge(a.currentStage().orElseThrow().stage(), 1, Integer::sum);
            outcomes.merge(a.isOpen() ? "Still open" : a.status().words(), 1, Integer::sum);
            if (a.status() == AlertStatus.CLOSED && a.closed() != null) {
                resolved++;
                resolvedDays += org.ourpromise.timescales.WorkingDayCalendar.englandAndWales()
                        .workingDaysBetween(a.stages().get(0).started(), a.closed());
            }
        }
        var bars = new ArrayList<ChartBar>();
        for (var s : EscalationStage.values()) {
            bars.add(ChartBar.of(settings.name(s), reached.getOrDefault(s, 0)));
        }
        long over = escalated.stream().filter(QaAlert::isOverFormalLimit).count();
        long formal = escalated.stream().filter(a -> a.formalWorkingDays() != null).count();
        long cafcass = escalated.stream().filter(a -> a.cafcassReferred() != null).count();
        var figures = List.of(
                new IroReport.Figure("Concerns escalated", String.valueOf(escalated.size()), ""),
                new IroReport.Figure("Resolved: average working days from escalation", resolved == 0 ? "none resolved"
                        : String.valueOf(Math.round((double) resolvedDays / resolved)), resolved + " resolved"),
                new IroReport.Figure("Formal process over " + settings.formalLimitDays() + " working days",
                        String.valueOf(over), over + " of " + formal + " that went formal"),
                new IroReport.Figure("Referred to Cafcass", String.valueOf(cafcass), ""));
        var outcomeRows = new ArrayList<List<String>>();
        outcomes.forEach((k, v) -> outcomeRows.add(List.of(k, String.valueOf(v))));
        return new IroReport.Section("escalations", 5, "Escalations and their outcomes", figures,
                List.of(AnnualReport.Chart.bar("iro-escalation-stages", "Highest stage reached",
                        "Concerns raised in the year and escalated, by the highest stage they reached", bars)),
                List.of(new IroReport.Table("How the escalations ended", List.of("Outcome", "Concerns"), outcomeRows)), "");
    }

    private static IroReport.Table kindTable(String caption, String what, Map<String, int[]> counts) {
        var rows = new ArrayList<List<String>>();
        counts.forEach((k, v) -> rows.add(List.of(k, String.valueOf(v[0]), String.valueOf(v[1]))));
        return new IroReport.Table(caption, List.of(what, "Good practice", "Concern"), rows);
    }
}
