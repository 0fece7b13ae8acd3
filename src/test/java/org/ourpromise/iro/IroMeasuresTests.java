package org.ourpromise.iro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.ACTIONS_ON_TIME;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.ALERTS_CONCERN;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.ALERTS_GOOD_PRACTICE;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.ALERTS_RAISED;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.ANSWERED_IN_TIME;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.CASELOAD_PER_FTE;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.DAYS_TO_RESOLUTION;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.ESCALATIONS;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.ESCALATIONS_RESOLVED;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.FTE_ABOVE;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.FTE_WITHIN;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.LOOKED_AFTER_PER_FTE;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.MIDWAY_ON_TRACK;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.OPEN_PAST_DUE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.measures.IroServiceMeasureCatalogue;
import org.ourpromise.measures.LocalMeasureSettings;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * The IRO service's measures for 2025-26 (1 April 2025 to 31 March 2026), each worked by hand at the edges: the
 * Christmas and New Year bank holidays, Easter 2026 (Good Friday 3 April, Easter Monday 6 April) and 31 March.
 */
class IroMeasuresTests {

    private static final LocalDate READ = LocalDate.of(2026, 11, 22);
    private static final LocalMeasureSettings SETTINGS = LocalMeasureSettings.defaults();
    private static long ids = 1;

    private static QaAlert alert(AlertKind kind, LocalDate raised, @Nullable LocalDate due, @Nullable LocalDate answered,
            AlertStatus status, @Nullable LocalDate closed, List<QaAlert.Stage> stages) {
        var steps = new ArrayList<QaAlert.Step>();
        steps.add(new QaAlert.Step(raised, raised.atStartOfDay(), "iro1", "Raised", null));
        if (answered != null) {
            steps.add(new QaAlert.Step(answered, answered.atStartOfDay(), "sw1", "Response", "Done"));
        }
        return new QaAlert(ids++, "C" + ids, "A B", kind, true, kind == AlertKind.CONCERN ? 5 : 1,
                kind == AlertKind.CONCERN ? "Drift or delay" : "Good report", "T1", "SW001", "Seen", null, raised, due,
                "iro1", "Helen Moore", status, closed, null, null, 1, stages, steps, null, 20);
    }

    private static QaAlert concern(LocalDate raised, LocalDate due, @Nullable LocalDate answered) {
        return alert(AlertKind.CONCERN, raised, due, answered, answered == null ? AlertStatus.AWAITING_RESPONSE
                : AlertStatus.RESPONDED, null, List.of());
    }

    private static Map<String, MeasureValue> measures(List<QaAlert> alerts, List<ReviewAction> actions,
            List<ReviewChecks.MidwayCheck> checks) {
        return IroMeasures.compute(2026, new IroMeasures.Input(List.of(), alerts, actions, checks, Map.of(), SETTINGS,
                IroSettings.defaults()), READ).values();
    }

    @Test
    void everyMeasureOfTheCatalogueIsComputed() {
        assertThat(measures(List.of(), List.of(), List.of()).keySet())
                .containsExactlyInAnyOrderElementsOf(IroServiceMeasureCatalogue.defaults().keys());
    }

    @ParameterizedTest(name = "raised {0}: counted in 2025-26 {1}")
    @CsvSource({"2025-03-31, 0", "2025-04-01, 1", "2026-03-31, 1", "2026-04-01, 0"})
    void alertsAreCountedInTheYearTheyWereRaised(LocalDate raised, int counted) {
        var v = measures(List.of(alert(AlertKind.GOOD_PRACTICE, raised, null, null, AlertStatus.DELIVERED, null, List.of()),
                concern(raised, raised.plusDays(14), null)), List.of(), List.of());
        assertThat(v.get(ALERTS_RAISED).numerator()).isEqualTo(2L * counted);
        assertThat(v.get(ALERTS_GOOD_PRACTICE).numerator()).isEqualTo(counted);
        assertThat(v.get(ALERTS_CONCERN).numerator()).isEqualTo(counted);
    }

    @ParameterizedTest(name = "answered {0}: in time {1}")
    @CsvSource({"2026-01-07, 1", "2026-01-08, 0", "2026-02-02, 0"})
    void aConcernRaisedTheFridayBeforeChristmasIsDueTenWorkingDaysLater(LocalDate answered, int inTime) {
        // Friday 19 December 2025: 22, 23, 24, (25, 26 bank holidays, weekend) 29, 30, 31 December, (1 January)
        // 2, (weekend) 5, 6, 7 January 2026
        var raised = LocalDate.of(2025, 12, 19);
        assertThat(WorkingDayCalendar.englandAndWales().addWorkingDays(raised, 10)).isEqualTo(LocalDate.of(2026, 1, 7));
        var v = measures(List.of(concern(raised, LocalDate.of(2026, 1, 7), answered),
                concern(raised, LocalDate.of(2026, 1, 7), null)), List.of(), List.of());
        assertThat(v.get(ANSWERED_IN_TIME).numerator()).isEqualTo(inTime);
        assertThat(v.get(ANSWERED_IN_TIME).denominator()).isEqualTo(2L);
    }

    @ParameterizedTest(name = "due {0}, answered {1}: open past due on 31 March 2026 {2}")
    @CsvSource({
        "2026-03-30, , 1",
        // due on the last day itself has not passed yet
        "2026-03-31, , 0",
        // answered after the year ended: still waiting on 31 March
        "2026-03-30, 2026-04-01, 1",
        "2026-03-30, 2026-03-31, 0"})
    void concernsOpenPastTheirDateAreCountedOnTheYearsLastDay(LocalDate due, @Nullable LocalDate answered, int open) {
        var v = measures(List.of(concern(LocalDate.of(2026, 3, 2), due, answered)), List.of(), List.of());
        assertThat(v.get(OPEN_PAST_DUE).numerator()).isEqualTo(open);
    }

    @Test
    void timeToResolutionCountsWorkingDaysOverChristmasAndNewYear() {
        // raised Wednesday 24 December 2025, closed Friday 2 January 2026: 29, 30, 31 December and 2 January = 4;
        // raised Monday 30 March 2026, closed Thursday 2 April: 31 March, 1, 2 April = 3 (closed in 2026-27)
        var a = alert(AlertKind.CONCERN, LocalDate.of(2025, 12, 24), LocalDate.of(2026, 1, 12), LocalDate.of(2025, 12, 30),
                AlertStatus.CLOSED, LocalDate.of(2026, 1, 2), List.of());
        // raised Thursday 12 March 2026, closed Tuesday 31 March: 13, 16-20, 23-27, 30, 31 March = 13
        var b = alert(AlertKind.CONCERN, LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 26), LocalDate.of(2026, 3, 13),
                AlertStatus.CLOSED, LocalDate.of(2026, 3, 31), List.of());
        var c = alert(AlertKind.CONCERN, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 14), LocalDate.of(2026, 3, 31),
                AlertStatus.CLOSED, LocalDate.of(2026, 4, 2), List.of());
        var v = measures(List.of(a, b, c), List.of(), List.of()).get(DAYS_TO_RESOLUTION);
        assertThat(v.numerator()).isEqualTo(4 + 13);
        assertThat(v.denominator()).isEqualTo(2L);
        assertThat(v.value()).isEqualByComparingTo("8.5");
    }

    @Test
    void escalationsAreCountedByTheHighestStageAndHowTheyEnded() {
        var informal = new QaAlert.Stage(1, EscalationStage.INFORMAL, "Informal", LocalDate.of(2025, 6, 2),
                LocalDate.of(2025, 6, 9), "TM", "No", StageOutcome.ESCALATED, LocalDate.of(2025, 6, 9));
        var challenge = new QaAlert.Stage(2, EscalationStage.CHALLENGE, "Challenge", LocalDate.of(2025, 6, 9),
                LocalDate.of(2025, 6, 30), "AD", "Agreed", StageOutcome.RESOLVED, LocalDate.of(2025, 6, 20));
        var stage1 = new QaAlert.Stage(3, EscalationStage.STAGE_1, "Stage 1", LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 8), "TM", null, null, null);
        var resolved = alert(AlertKind.CONCERN, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 15), null,
                AlertStatus.CLOSED, LocalDate.of(2025, 6, 20), List.of(informal, challenge));
        var open = alert(AlertKind.CONCERN, LocalDate.of(2025, 6, 16), LocalDate.of(2025, 6, 30), null,
                AlertStatus.ESCALATED, null, List.of(stage1));
        var r = IroMeasures.compute(2026, new IroMeasures.Input(List.of(), List.of(resolved, open), List.of(), List.of(),
                Map.of(), SETTINGS, IroSettings.defaults()), READ);
        assertThat(r.values().get(ESCALATIONS).numerator()).isEqualTo(2);
        assertThat(r.values().get(ESCALATIONS_RESOLVED).value()).isEqualByComparingTo("50.0");
        assertThat(r.byStage()).containsEntry(EscalationStage.CHALLENGE, 1).containsEntry(EscalationStage.STAGE_1, 1);
        assertThat(r.byOutcome()).containsEntry("Resolved", 1).containsEntry("Still open", 1);
        // an escalated concern is timed by its stage, not counted as waiting for its first answer
        assertThat(r.values().get(OPEN_PAST_DUE).numerator()).isZero();
    }

    private static ReviewAction action(LocalDate due, ReviewAction.Status status, @Nullable LocalDate on) {
        return new ReviewAction(ids++, "C1", LocalDate.of(2025, 3, 1), "Do it", "SW001", null, due, status, on, 1);
    }

    @Test
    void actionsDueInTheYearCountAsOnTimeWhenDoneByTheirDateAndDroppedOnesAreLeftOut() {
        var v = measures(List.of(), List.of(
                action(LocalDate.of(2026, 3, 31), ReviewAction.Status.DONE, LocalDate.of(2026, 3, 31)),
                action(LocalDate.of(2026, 3, 31), ReviewAction.Status.LATE, LocalDate.of(2026, 4, 1)),
                action(LocalDate.of(2025, 4, 1), ReviewAction.Status.OPEN, null),
                action(LocalDate.of(2025, 12, 25), ReviewAction.Status.DROPPED, LocalDate.of(2025, 12, 1)),
                // due in the next year, and before this one
                action(LocalDate.of(2026, 4, 1), ReviewAction.Status.DONE, LocalDate.of(2026, 3, 1)),
                action(LocalDate.of(2025, 3, 31), ReviewAction.Status.DONE, LocalDate.of(2025, 3, 31))), List.of())
                .get(ACTIONS_ON_TIME);
        assertThat(v.numerator()).isEqualTo(1);
        assertThat(v.denominator()).isEqualTo(3L);
    }

    @Test
    void aMidwayCheckIsOnTrackOnlyWithNoDriftAndEveryActionOnTrack() {
        var v = measures(List.of(), List.of(), List.of(
                new ReviewChecks.MidwayCheck(1, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 1), false, null, "iro1",
                        Map.of(1L, true, 2L, true)),
                new ReviewChecks.MidwayCheck(2, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 31), false, null, "iro1",
                        Map.of(1L, true, 2L, false)),
                new ReviewChecks.MidwayCheck(3, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 4, 1), true, null, "iro1",
                        Map.of()),
                new ReviewChecks.MidwayCheck(4, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 4, 1), false, null, "iro1",
                        Map.of()))).get(MIDWAY_ON_TRACK);
        assertThat(v.numerator()).isEqualTo(1);
        assertThat(v.denominator()).isEqualTo(3L);
    }

    private static ChildRecord lookedAfter(String id, String iro, boolean inCare) {
        var start = LocalDate.of(2024, 2, 29);
        return ChildRecords.child(id, "A", "B", LocalDate.of(2015, 1, 1), "F")
                .episode(new CareEpisode(start, "S", "C2", "N1", "U4", "PR1", inCare ? null : LocalDate.of(2025, 1, 1),
                        inCare ? null : "E11", null, "LE1 1AA", "LE3 3CC", "SC111111"))
                .allocation(new Allocation(Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, iro, "IRO", start, null, null))
                .build();
    }

    @Test
    void caseloadsAreWeightedAndDividedByEachIrosHoursFromTheStaffDirectory() {
        // on 31 March 2026: IRO1 (0.5 FTE) 30 looked-after children and 4 others: 30 per 0.5 = 60 looked-after children
        // per FTE (within 50 to 70), weighted 30 x 1.5 + 4 = 49, 98 per FTE; IRO2 (not in the directory: full time)
        // 36 looked-after children = 36 per FTE (below), weighted 54
        var records = new ArrayList<ChildRecord>();
        for (int i = 0; i < 30; i++) {
            records.add(lookedAfter("A" + i, "IRO1", true));
        }
        for (int i = 0; i < 4; i++) {
            records.add(lookedAfter("B" + i, "IRO1", false));
        }
        for (int i = 0; i < 36; i++) {
            records.add(lookedAfter("C" + i, "IRO2", true));
        }
        var r = IroMeasures.compute(2026, new IroMeasures.Input(records, List.of(), List.of(), List.of(),
                Map.of("IRO1", new BigDecimal("0.50")), SETTINGS, IroSettings.defaults()), READ);
        assertThat(r.caseloads()).extracting(IroCaseloads.Row::perFte).map(BigDecimal::toPlainString)
                .containsExactly("98.0", "54.0");
        // (30 + 36) / 1.5 FTE = 44; (49 + 54) / 1.5 = 68.7
        assertThat(r.values().get(LOOKED_AFTER_PER_FTE).value()).isEqualByComparingTo("44.0");
        assertThat(r.values().get(CASELOAD_PER_FTE).value()).isEqualByComparingTo("68.7");
        assertThat(r.values().get(FTE_WITHIN).numerator()).isEqualTo(1);
        assertThat(r.values().get(FTE_ABOVE).numerator()).isZero();
        // banded on the weighted caseload instead, IRO1 (98) is above the range and IRO2 (54) within it
        var weighted = new LocalMeasureSettings(SETTINGS.timescales(), SETTINGS.lookedAfterWeight(),
                SETTINGS.otherCaseWeight(), 50, 70, true);
        var w = IroMeasures.compute(2026, new IroMeasures.Input(records, List.of(), List.of(), List.of(),
                Map.of("IRO1", new BigDecimal("0.50")), weighted, IroSettings.defaults()), READ);
        assertThat(w.values().get(FTE_ABOVE).numerator()).isEqualTo(1);
        assertThat(w.values().get(FTE_WITHIN).numerator()).isEqualTo(1);
    }

    @Test
    void theYearStillRunningIsCountedToTheDayRead() {
        assertThat(IroMeasures.to(2027, READ)).isEqualTo(READ);
        assertThat(IroMeasures.to(2026, READ)).isEqualTo(LocalDate.of(2026, 3, 31));
    }
}
