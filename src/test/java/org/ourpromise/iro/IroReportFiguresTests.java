package org.ourpromise.iro;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.record.ChildRecords;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.measures.IroServiceMeasureCatalogue;
import org.ourpromise.measures.LocalMeasureSettings;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.reports.Targets;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.ReviewHeld;

/** Hand-worked figures of the IRO annual report for 2025-26 (1 April 2025 to 31 March 2026). */
class IroReportFiguresTests {

    private static ChildRecord child(LocalDate start, List<ReviewHeld> reviews, List<PlanEvent> plans) {
        return ChildRecords.child("C1", "A", "B", LocalDate.of(2015, 1, 1), "F")
                .episode(new CareEpisode(start, "S", "C2", "N1", "U4", "PR1", null, null, null, "LE1 1AA", "LE3 3CC",
                        "SC111111"))
                .reviews(reviews)
                .plans(plans)
                .build();
    }

    @ParameterizedTest(name = "review {0}, decisions {1}: within 5 working days {2}")
    @CsvSource({
        // Friday 19 December 2025 + 5 working days: 22, 23, 24, (Christmas Day, Boxing Day, weekend) 29, 30 December
        "2025-12-19, 2025-12-30, 100%",
        "2025-12-19, 2025-12-31, 0%",
        // a review on Tuesday 31 March 2026 is in the year: 1, 2, (Good Friday, weekend, Easter Monday) 7, 8, 9 April
        "2026-03-31, 2026-04-09, 100%",
        "2026-03-31, 2026-04-10, 0%"})
    void decisionsWithinFiveWorkingDays(LocalDate held, LocalDate issued, String expected) {
        var records = List.of(child(LocalDate.of(2025, 1, 6), List.of(new ReviewHeld(held, "PN1", issued, null)), List.of()));
        var results = IroMeasures.compute(2026, new IroMeasures.Input(records, List.of(), List.of(), List.of(), Map.of(),
                LocalMeasureSettings.defaults(), IroSettings.defaults()), LocalDate.of(2026, 11, 22));
        var section = IroReportFigures.timeliness(2026, records, results, new IroMeasureTable(
                IroServiceMeasureCatalogue.defaults(), Targets.none(), 50, 70));
        assertThat(section.figures().get(1).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "plan on {0}: second review {1}, later {2}")
    @CsvSource({
        // in care from 29 February 2024: reviews 28 March 2024 (first), 1 July 2025 (second), 2 January 2026 (third)
        "2025-07-01, 100%, 100%",
        "2025-07-02, 0%, 100%",
        "2026-01-03, 0%, 0%"})
    void aPermanencePlanByTheSecondReview(LocalDate plan, String second, String later) {
        var values = IroCaseloads.permanence(List.of(child(LocalDate.of(2024, 2, 29), List.of(
                new ReviewHeld(LocalDate.of(2024, 3, 28), "PN1", null, null),
                new ReviewHeld(LocalDate.of(2025, 7, 1), "PN1", null, null),
                new ReviewHeld(LocalDate.of(2026, 1, 2), "PN6", null, null)),
                List.of(new PlanEvent(PlanEvent.Kind.PERMANENCE_PLAN, plan)))), LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 3, 31));
        assertThat(values.values()).extracting(v -> v.value().setScale(0) + "%").containsExactly(second, later);
    }
}
