package org.ourpromise.worklists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.demo.SyntheticCouncil;
import org.ourpromise.measures.MeasureEngine;
import org.ourpromise.measures.MeasureParameters;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.Ssda903Derivation;
import org.ourpromise.timescales.DeadlineEngine;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.TimescaleSettings;

/**
 * The timeliness page's review rows must agree with MEASURES.md §8 {@code reviews.on_time_pct} when both
 * are worked out from the same records: the return derived from them, through the measure engine, and
 * the deadline engine's items through {@link Timeliness}.
 */
class ReviewTimelinessAgreementTests {

    private static final Set<DeadlineRule> REVIEWS = Set.of(DeadlineRule.REVIEW_FIRST, DeadlineRule.REVIEW_SECOND,
            DeadlineRule.REVIEW_SUBSEQUENT);
    private static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);
    private static List<ChildRecord> records;

    /**
     * The measure leaves out reviews of periods that began before the 1 April of the earliest review in
     * the return (their place in the sequence is unknown from the return alone); the record knows it.
     * So both are computed from the children whose care began on or after 1 April 2021, and the
     * earliest of their reviews is checked to fall in 2021-22, making that date the measure's coverage.
     */
    private static final LocalDate COVERAGE = LocalDate.of(2021, 4, 1);

    @BeforeAll
    static void council() {
        records = SyntheticCouncil.demoCouncil(20261122L, AS_AT).stream()
                .filter(r -> !r.episodes().isEmpty() && !r.episodes().get(0).started().isBefore(COVERAGE))
                .toList();
        var earliestReview = records.stream().flatMap(r -> r.reviews().stream()).map(v -> v.date())
                .min(LocalDate::compareTo).orElseThrow();
        assertThat(earliestReview).isBefore(COVERAGE.plusYears(1));
    }

    @Test
    @DisplayName("MEASURES.md §8 reviews.on_time_pct 2025-26 = review rows of the timeliness summary, child by child")
    void reviewsOnTimeAgreeWithTheMeasure() {
        var measure = MeasureEngine.compute(Ssda903Derivation.derive(records, 2026, 10), MeasureParameters.forYear(2026))
                .values().get("reviews.on_time_pct");
        var engine = DeadlineEngine.englandAndWales();
        var council = records.stream()
                .map(r -> ChildDueItems.of(r, AS_AT, engine, TimescaleSettings.defaults())).toList();
        var from = LocalDate.of(2025, 4, 1);
        var summary = Timeliness.of(council, from, AS_AT, Map.of());
        int onTime = 0;
        int late = 0;
        for (var row : summary.rows()) {
            if (REVIEWS.contains(row.rule())) {
                onTime += row.onTime();
                late += row.late();
            }
        }
        assertThat(measure.denominator()).as("the demo council holds reviews in the year").isPositive();
        assertThat(onTime).isEqualTo(measure.numerator());
        assertThat((long) onTime + late).isEqualTo(measure.denominator());
        // the same children (the measure lists each child once)
        var onTimeChildren = new ArrayList<String>();
        var doneChildren = new ArrayList<String>();
        for (var rule : REVIEWS) {
            Timeliness.drillDown(council, rule, Timeliness.Outcome.ON_TIME, from, AS_AT, Map.of())
                    .forEach(i -> onTimeChildren.add(i.childId()));
            for (var o : List.of(Timeliness.Outcome.ON_TIME, Timeliness.Outcome.LATE)) {
                Timeliness.drillDown(council, rule, o, from, AS_AT, Map.of()).forEach(i -> doneChildren.add(i.childId()));
            }
        }
        assertThat(onTimeChildren.stream().distinct().sorted().toList()).isEqualTo(measure.numeratorChildren());
        assertThat(doneChildren.stream().distinct().sorted().toList()).isEqualTo(measure.denominatorChildren());
    }
}
