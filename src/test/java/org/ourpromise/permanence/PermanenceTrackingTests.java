package org.ourpromise.permanence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.permanence.TrackedChild.Drift;

/** The tracker's rules, worked by hand at the edges: month ends, 29 February, the scorecard's 121 days. */
class PermanenceTrackingTests {

    private static final PermanenceTracking.Settings SETTINGS = new PermanenceTracking.Settings(12, 121);
    private static final LocalDate PERIOD_START = LocalDate.of(2024, 1, 1);

    private static PermanencePlan plan(LocalDate setOn, @Nullable LocalDate achievedOn) {
        return new PermanencePlan(1, "C1", PermanenceOption.LONG_TERM_FOSTERING, setOn, achievedOn,
                achievedOn == null ? null : Achievement.MATCH_RATIFIED, 0);
    }

    private static PermanenceTracking.ChildFacts facts(List<LocalDate> reviews, @Nullable LocalDate placementOrder,
            @Nullable LocalDate matched, @Nullable PermanencePlan plan, List<PanelOutcome> outcomes) {
        return new PermanenceTracking.ChildFacts("C1", "A Child", PERIOD_START, reviews, placementOrder, matched, plan,
                outcomes, "SW1", "IRO1");
    }

    @ParameterizedTest(name = "plan set {0}, as at {1}, {2} months allowed: drifting {3}")
    @CsvSource({
        "2025-11-22, 2026-11-22, 12, false",  // exactly twelve months: not yet older than the setting
        "2025-11-22, 2026-11-23, 12, true",
        "2024-02-29, 2025-02-28, 12, false",  // 29 February plus a year is 28 February
        "2024-02-29, 2025-03-01, 12, true",
        "2025-03-31, 2025-09-30, 6, false",   // 31 March plus six months is 30 September
        "2025-03-31, 2025-10-01, 6, true",
        "2025-08-31, 2026-02-28, 6, false",
        "2025-08-31, 2026-03-01, 6, true"})
    void aPlanOlderThanTheSettingWithNothingAchievedDrifts(LocalDate setOn, LocalDate today, int months,
            boolean drifting) {
        var t = PermanenceTracking.track(facts(List.of(), null, null, plan(setOn, null), List.of()), today,
                new PermanenceTracking.Settings(months, 121));
        assertThat(t.drift().contains(Drift.PLAN_NOT_ACHIEVED)).isEqualTo(drifting);
    }

    @Test
    void anAchievedPlanNeverDriftsAndItsTimeStopsAtAchievement() {
        var t = PermanenceTracking.track(facts(List.of(), null, null,
                plan(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31)), List.of()), LocalDate.of(2026, 11, 22), SETTINGS);
        assertThat(t.achieved()).isTrue();
        assertThat(t.drift()).isEmpty();
        assertThat(t.daysSincePlan()).isEqualTo(31);  // 29 Feb to 31 Mar 2024
    }

    @Test
    void achievementAfterTheDayAsAtIsNotYetAchieved() {
        var t = PermanenceTracking.track(facts(List.of(), null, null,
                plan(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 1)), List.of()), LocalDate.of(2026, 3, 1), SETTINGS);
        assertThat(t.achieved()).isFalse();
        assertThat(t.drift()).containsExactly(Drift.PLAN_NOT_ACHIEVED);
        assertThat(t.daysSincePlan()).isEqualTo(424);  // 1 Jan 2025 to 1 Mar 2026: 365 + 59
    }

    @ParameterizedTest(name = "placement order {0}, matched {1}, as at 2026-11-22: drifting {2}")
    @CsvSource({
        "2026-07-24, , false",            // 121 days: within the scorecard's threshold
        "2026-07-23, , true",             // 122 days
        "2026-01-01, 2026-03-01, false",  // matched
        "2026-01-01, 2026-12-01, true"})  // a match after the day is not yet made
    void aPlacementOrderWithNoMatchAfter121DaysDrifts(LocalDate order, @Nullable LocalDate matched, boolean drifting) {
        var t = PermanenceTracking.track(facts(List.of(), order, matched, null, List.of()), LocalDate.of(2026, 11, 22),
                SETTINGS);
        assertThat(t.drift().contains(Drift.PLACEMENT_ORDER_NOT_MATCHED)).isEqualTo(drifting);
    }

    private static final List<LocalDate> TWO_REVIEWS = List.of(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 28),
            LocalDate.of(2024, 4, 28));

    @ParameterizedTest(name = "decision {0}: drifting {1}")
    @CsvSource({", true", "DEFERRED, true", "AGREED, false", "NOT_AGREED, false"})
    void afterTheSecondReviewOnlyAPanelDecisionStopsTheDrift(@Nullable PanelDecision decision, boolean drifting) {
        var outcomes = List.of(new PanelOutcome(1, LocalDate.of(2024, 6, 1), "Head of Service", decision));
        var t = PermanenceTracking.track(facts(TWO_REVIEWS, null, null, null, outcomes), LocalDate.of(2024, 7, 1),
                SETTINGS);
        // the review of 1 December 2023 was in an earlier period of care: the second review is 28 April 2024
        assertThat(t.secondReview()).isEqualTo(LocalDate.of(2024, 4, 28));
        assertThat(t.drift().contains(Drift.NO_DECISION_AFTER_SECOND_REVIEW)).isEqualTo(drifting);
    }

    @Test
    void beforeTheSecondReviewThereIsNoDecisionDrift() {
        var t = PermanenceTracking.track(facts(TWO_REVIEWS, null, null, null, List.of()), LocalDate.of(2024, 4, 27),
                SETTINGS);
        assertThat(t.secondReview()).isNull();
        assertThat(t.planBySecondReview()).isNull();
        assertThat(t.drift()).isEmpty();
    }

    @ParameterizedTest(name = "plan set {0}: by the second review {1}")
    @CsvSource({"2024-04-28, true", "2024-04-29, false", "2024-01-28, true"})
    void aPlanSetOnTheDayOfTheSecondReviewIsSetByIt(LocalDate setOn, boolean by) {
        var t = PermanenceTracking.track(facts(TWO_REVIEWS, null, null, plan(setOn, null), List.of()),
                LocalDate.of(2024, 6, 1), SETTINGS);
        assertThat(t.planBySecondReview()).isEqualTo(by);
    }

    @Test
    void thePanelsFiguresCountTheYearsMeetingsAndTheMedianTimeToAchieve() {
        var from = LocalDate.of(2025, 4, 1);
        var to = LocalDate.of(2026, 3, 31);
        var outcomes = List.of(new PanelOutcome(1, LocalDate.of(2025, 3, 31), "X", PanelDecision.AGREED),  // last year
                new PanelOutcome(2, from, "X", PanelDecision.AGREED),
                new PanelOutcome(2, from, "X", PanelDecision.NOT_AGREED),
                new PanelOutcome(3, to, "X", PanelDecision.DEFERRED),
                new PanelOutcome(3, to, "X", null));
        // achieved in the year after 10, 20, 30 and 40 days: the lower middle of four is 20
        var plans = List.of(plan(LocalDate.of(2025, 3, 22), LocalDate.of(2025, 4, 1)),
                plan(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 21)),
                plan(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
                plan(LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 31)),
                plan(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)));  // next year
        var f = PermanenceTracking.figures(from, to, outcomes, plans);
        assertThat(f.presented()).isEqualTo(4);
        assertThat(f.agreed()).isEqualTo(1);
        assertThat(f.notAgreed()).isEqualTo(1);
        assertThat(f.deferred()).isEqualTo(1);
        assertThat(f.achieved()).isEqualTo(4);
        assertThat(f.medianDaysToAchieve()).isEqualTo(20);
    }
}
