package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine's contract: ordering, what a due item carries, the due-soon horizon. */
class DeadlineEngineTests {

    private final DeadlineEngine engine = DeadlineEngine.englandAndWales();

    @Test
    @DisplayName("items come ordered by due date and carry their trigger and what met them")
    void itemsCarryTriggerAndEvidence() {
        var child = TestChild.bornOn("2012-01-01").inCareFrom("2024-02-09").reviews("2024-03-08").visits("2024-02-12")
                .build();
        var items = engine.dueItems(child, LocalDate.of(2024, 3, 10), TimescaleSettings.defaults());
        assertThat(items).isSortedAccordingTo(java.util.Comparator.comparing(DueItem::due));
        var first = items.stream().filter(i -> i.rule() == DeadlineRule.REVIEW_FIRST).findFirst().orElseThrow();
        assertThat(first).isEqualTo(new DueItem(DeadlineRule.REVIEW_FIRST, "C1", LocalDate.of(2024, 3, 8),
                DueStatus.DONE_ON_TIME, LocalDate.of(2024, 3, 8), "review held", "became looked after",
                LocalDate.of(2024, 2, 9)));
        var second = items.stream().filter(i -> i.rule() == DeadlineRule.REVIEW_SECOND).findFirst().orElseThrow();
        assertThat(second.trigger()).isEqualTo("review held");
        assertThat(second.triggeredOn()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(second.satisfiedOn()).isNull();
    }

    @Test
    @DisplayName("a child never looked after has no deadlines")
    void noEpisodesNoItems() {
        assertThat(engine.dueItems(TestChild.bornOn("2012-01-01").build(), LocalDate.of(2026, 3, 31),
                TimescaleSettings.defaults())).isEmpty();
    }

    @DisplayName("due soon: not done and due within 5 working days of the as-at date (overdue included)")
    @ParameterizedTest(name = "[{index}] as at {0}")
    @CsvSource({
            "2024-03-01, '', true",
            "2024-02-29, '', false",
            "2024-03-11, '', true",
            "2024-03-01, 2024-03-01, false"})
    void dueSoon(LocalDate asAt, String held, boolean soon) {
        var child = TestChild.bornOn("2012-01-01").inCareFrom("2024-02-09").reviews(held).build();
        var settings = TimescaleSettings.defaults();
        var first = engine.dueItems(child, asAt, settings).stream().filter(i -> i.rule() == DeadlineRule.REVIEW_FIRST)
                .findFirst().orElseThrow();
        assertThat(engine.isDueSoon(first, asAt, settings)).isEqualTo(soon);
    }

    @Test
    void aDueItemRefusesInconsistentValues() {
        var d = LocalDate.of(2024, 3, 8);
        assertThatThrownBy(() -> new DueItem(DeadlineRule.IHA, "C1", d, DueStatus.DONE_LATE, null, null, "x", d))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DueItem(DeadlineRule.IHA, "C1", d, DueStatus.DUE, null, null, "x", d.plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsRefuseNegativeValues() {
        var d = TimescaleSettings.defaults();
        assertThatThrownBy(() -> new TimescaleSettings(-1, d.iroDecisionsWorkingDays(), d.reviewRecordWorkingDays(),
                d.returnInterviewHours(), d.carePlanWorkingDays(), d.placementNotificationWorkingDays(), d.pepWorkingDays(),
                d.pepReviewMonths(), d.pepFromAge(), d.pepUntilAge(), d.dueSoonWorkingDays(),
                d.sameCarerMovesRestartVisits(), d.shortBreakFirstReviewMonths(), d.shortBreakReviewMonths(),
                d.shortBreakLapseMonths(), d.pathwayPlanUntilAge(), d.personalAdviserUntilAge(), d.iroMidwayChecks()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
