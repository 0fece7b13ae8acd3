package org.ourpromise.iro;

import static org.ourpromise.measures.IroServiceMeasureCatalogue.ACTIONS_ON_TIME;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.ALERTS_CONCERN;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.ALERTS_GOOD_PRACTICE;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.ALERTS_RAISED;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.ANSWERED_IN_TIME;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.DAYS_TO_RESOLUTION;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.ESCALATIONS;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.ESCALATIONS_RESOLVED;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.MIDWAY_ON_TRACK;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.OPEN_PAST_DUE;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.OVER_FORMAL_LIMIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ourpromise.measures.IroServiceMeasureCatalogue;
import org.ourpromise.measures.LocalMeasureSettings;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * Computes the IRO service's measures ({@link IroServiceMeasureCatalogue}) for a collection year, once: the
 * targets page and the IRO annual report both show this computation. Pure: everything it counts is given, with
 * the day the figures are read; the year runs from 1 April to 31 March, or to that day in the year still running.
 */
final class IroMeasures {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    /** Everything the measures count, read once. */
    record Input(List<ChildRecord> records, List<QaAlert> alerts, List<ReviewAction> actions,
            List<ReviewChecks.MidwayCheck> midwayChecks, Map<String, BigDecimal> fteByWorker,
            LocalMeasureSettings settings, IroSettings iroSettings) {
    }

    /** Good practice and concern alerts counted under one heading (a category, team or IRO). */
    record KindCounts(int goodPractice, int concern) {
        KindCounts plus(AlertKind kind) {
            return kind == AlertKind.GOOD_PRACTICE ? new KindCounts(goodPractice + 1, concern)
                    : new KindCounts(goodPractice, concern + 1);
        }
    }

    /**
     * The year's measures in catalogue order, with their breakdowns and each IRO's caseload.
     *
     * @param from         the year's first day
     * @param to           the year's last day counted: 31 March, or the day read in the year still running
     * @param byStage      escalations begun in the year by the highest stage they reached
     * @param byOutcome    escalations begun in the year by how they stand (resolved, withdrawn, still open)
     * @param cafcass      escalations begun in the year referred to Cafcass
     */
    record Results(int year, LocalDate from, LocalDate to, Map<String, MeasureValue> values,
            Map<String, KindCounts> byCategory, Map<String, KindCounts> byTeam, Map<String, KindCounts> byIro,
            Map<EscalationStage, Integer> byStage, Map<String, Integer> byOutcome, int cafcass, int informal,
            List<IroCaseloads.Row> caseloads) {
    }

    private IroMeasures() {
    }

    static LocalDate from(int year) {
        return LocalDate.of(year - 1, 4, 1);
    }

    /** The year's last day counted: 31 March, or {@code asAt} if the year is still running. */
    static LocalDate to(int year, LocalDate asAt) {
        var end = LocalDate.of(year, 3, 31);
        return end.isAfter(asAt) ? asAt : end;
    }

    static Results compute(int year, Input in, LocalDate asAt) {
        var from = from(year);
        var to = to(year, asAt);
        var values = new LinkedHashMap<String, MeasureValue>();
        var raised = in.alerts().stream().filter(a -> within(a.raised(), from, to)).toList();
        alerts(raised, values);
        values.put(ANSWERED_IN_TIME, answeredInTime(raised));
        values.put(OPEN_PAST_DUE, openPastDue(in.alerts(), to));
        var escalated = raised.stream().filter(a -> !a.stages().isEmpty()).toList();
        values.put(ESCALATIONS, MeasureValue.count(escalated.size(), children(escalated)));
        var resolved = escalated.stream().filter(a -> a.status() == AlertStatus.CLOSED).toList();
        values.put(ESCALATIONS_RESOLVED, MeasureValue.percentage(resolved.size(), escalated.size(), children(resolved),
                children(escalated)));
        var over = escalated.stream().filter(QaAlert::isOverFormalLimit).toList();
        values.put(OVER_FORMAL_LIMIT, MeasureValue.count(over.size(), children(over)));
        values.put(DAYS_TO_RESOLUTION, daysToResolution(in.alerts(), from, to));
        values.put(MIDWAY_ON_TRACK, midway(in.midwayChecks(), from, to));
        values.put(ACTIONS_ON_TIME, actionsOnTime(in.actions(), from, to, asAt));
        var permanence = IroCaseloads.permanence(in.records(), from, to);
        values.putAll(permanence);
        var caseloads = IroCaseloads.of(in.records(), to, in.fteByWorker(), in.settings());
        values.putAll(IroCaseloads.values(caseloads));
        var byStage = new EnumMap<EscalationStage, Integer>(EscalationStage.class);
        var byOutcome = new TreeMap<String, Integer>();
        for (var a : escalated) {
            byStage.merge(a.currentStage().orElseThrow().stage(), 1, Integer::sum);
            byOutcome.merge(a.isOpen() ? "Still open" : a.status() == AlertStatus.CLOSED ? "Resolved" : "Withdrawn", 1,
                    Integer::sum);
        }
        return new Results(year, from, to, values, counts(raised, QaAlert::category), counts(raised, QaAlert::team),
                counts(raised, QaAlert::raisedByName), byStage, byOutcome,
                (int) escalated.stream().filter(a -> a.cafcassReferred() != null).count(),
                (int) raised.stream().filter(a -> !a.formal()).count(), caseloads);
    }

    private static void alerts(List<QaAlert> raised, Map<String, MeasureValue> values) {
        var good = raised.stream().filter(a -> a.kind() == AlertKind.GOOD_PRACTICE).toList();
        var concern = raised.stream().filter(a -> a.kind() == AlertKind.CONCERN).toList();
        values.put(ALERTS_RAISED, MeasureValue.count(raised.size(), children(raised)));
        values.put(ALERTS_GOOD_PRACTICE, MeasureValue.count(good.size(), children(good)));
        values.put(ALERTS_CONCERN, MeasureValue.count(concern.size(), children(concern)));
    }

    /** The first answer's day, if any. */
    static Optional<LocalDate> firstResponse(QaAlert a) {
        return a.steps().stream().filter(s -> s.step().equals("Response")).map(QaAlert.Step::on).findFirst();
    }

    private static MeasureValue answeredInTime(List<QaAlert> raised) {
        var concerns = raised.stream().filter(a -> a.kind() == AlertKind.CONCERN && a.responseDue() != null).toList();
        var inTime = concerns.stream()
                .filter(a -> firstResponse(a).map(d -> !d.isAfter(a.responseDue())).orElse(false)).toList();
        return MeasureValue.percentage(inTime.size(), concerns.size(), children(inTime), children(concerns));
    }

    /**
     * Concerns still waiting for the team's first answer at the end of {@code day} (not answered, escalated or
     * closed by then) whose response date was before it.
     */
    static MeasureValue openPastDue(List<QaAlert> alerts, LocalDate day) {
        var late = alerts.stream().filter(a -> a.kind() == AlertKind.CONCERN && a.responseDue() != null
                && !a.raised().isAfter(day) && a.responseDue().isBefore(day)
                && firstResponse(a).map(d -> d.isAfter(day)).orElse(true)
                && a.stages().stream().allMatch(s -> s.started().isAfter(day))
                && (a.closed() == null || a.closed().isAfter(day))).toList();
        return MeasureValue.count(late.size(), children(late));
    }

    /** Concerns closed in the year (accepted, or resolved at a stage): mean working days from raised to closed. */
    private static MeasureValue daysToResolution(List<QaAlert> alerts, LocalDate from, LocalDate to) {
        var closed = alerts.stream().filter(a -> a.kind() == AlertKind.CONCERN && a.status() == AlertStatus.CLOSED
                && a.closed() != null && within(a.closed(), from, to)).toList();
        long days = closed.stream().mapToLong(a -> CALENDAR.workingDaysBetween(a.raised(), a.closed())).sum();
        return MeasureValue.average(days, closed.size(), children(closed));
    }

    private static MeasureValue midway(List<ReviewChecks.MidwayCheck> checks, LocalDate from, LocalDate to) {
        var inYear = checks.stream().filter(c -> within(c.checkedOn(), from, to)).toList();
        long onTrack = inYear.stream().filter(ReviewChecks.MidwayCheck::allOnTrack).count();
        return MeasureValue.percentage(onTrack, inYear.size(), List.of(), List.of());
    }

    /**
     * Actions due in the year, dropped ones apart: done on or before their due date, against all (done late, or
     * still open after their due date on the day read; one still open on its due date may yet be done in time).
     */
    static MeasureValue actionsOnTime(List<ReviewAction> actions, LocalDate from, LocalDate to, LocalDate asAt) {
        var due = actions.stream().filter(a -> within(a.due(), from, to) && a.status() != ReviewAction.Status.DROPPED
                && !(a.status() == ReviewAction.Status.OPEN && !a.due().isBefore(asAt))).toList();
        var onTime = due.stream().filter(a -> a.status() == ReviewAction.Status.DONE).toList();
        return MeasureValue.percentage(onTime.size(), due.size(), onTime.stream().map(ReviewAction::childId).toList(),
                due.stream().map(ReviewAction::childId).toList());
    }

    private static Map<String, KindCounts> counts(List<QaAlert> alerts, java.util.function.Function<QaAlert, String> key) {
        var out = new TreeMap<String, KindCounts>();
        for (var a : alerts) {
            out.merge(key.apply(a), new KindCounts(0, 0).plus(a.kind()),
                    (x, y) -> new KindCounts(x.goodPractice() + y.goodPractice(), x.concern() + y.concern()));
        }
        return out;
    }

    static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    private static List<String> children(List<QaAlert> alerts) {
        var ids = new ArrayList<String>(alerts.size());
        alerts.forEach(a -> ids.add(a.childId()));
        return ids;
    }
}
