package org.ourpromise.measures.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.measures.MeasureParameters;
import org.ourpromise.measures.ReturnFixture;
import org.ourpromise.measures.cohort.CareHistory;
import org.ourpromise.measures.cohort.Review;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * MEASURES.md §8 due dates (Care Planning Regulations 2010 reg 33), worked by hand with the England and Wales
 * calendar (DOMAIN.md §3.1). Coverage starts 1 April 2023.
 */
class ReviewDueDateTests {

    private static final LocalDate COVERAGE = LocalDate.of(2023, 4, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "first: Good Friday, Easter Monday and early May skipped       | 17/04/2025 | -                     | 20/05/2025",
            "first: Christmas, Boxing Day and New Year skipped             | 20/12/2024 | -                     | 22/01/2025",
            "first: period starting on a Saturday                           | 01/06/2024 | -                     | 28/06/2024",
            "first: a review before the period belongs to the period before | 01/06/2024 | 01/05/2024            | 28/06/2024",
            "second: 31 January + 3 months = 30 April                       | 01/01/2025 | 31/01/2025            | 30/04/2025",
            "second: 30 November + 3 months = 29 February in a leap year    | 01/09/2023 | 30/11/2023            | 29/02/2024",
            "second: two rows on one day are one review                     | 01/06/2024 | 10/06/2024 10/06/2024 | 10/09/2024",
            "third: 31 August + 6 months = 29 February 2024                 | 01/06/2023 | 10/06/2023 31/08/2023 | 29/02/2024",
            "third: 31 August + 6 months = 28 February 2025                 | 01/06/2024 | 10/06/2024 31/08/2024 | 28/02/2025",
            "later: 6 months after the previous one                        | 01/06/2024 | 10/06/2024 01/09/2024 01/03/2025 | 01/09/2025",
            "unknown: period began before coverage                          | 31/03/2023 | -                     | -"})
    void dueDate(String why, String periodStart, String earlier, String expected) {
        var history = CareHistory.of(ReturnFixture.create().episode("X", periodStart, "", "S", "C2", "U4", "").build(),
                MeasureParameters.forYear(2026));
        var reviews = new ArrayList<Review>();
        if (earlier != null) {
            for (var d : earlier.split(" ")) {
                reviews.add(new Review("X", Ssda903Dates.parseOrNull(d), "PN1"));
            }
        }
        var review = new Review("X", LocalDate.of(2026, 3, 1), "PN1");
        reviews.add(review);
        var due = new ReviewDueDate(WorkingDayCalendar.englandAndWales(), COVERAGE)
                .dueDate(history.child("X").orElseThrow(), reviews, review);
        assertThat(due).as(why).isEqualTo(expected == null ? null : Ssda903Dates.parseOrNull(expected));
    }
}
