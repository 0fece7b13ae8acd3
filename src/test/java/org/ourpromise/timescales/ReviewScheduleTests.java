package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MEASURES.md §8 {@code reviews.on_time_pct} due dates, as the measures engine would call them. */
class ReviewScheduleTests {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @DisplayName("MEASURES.md §8: due dates of each review held and of the next one")
    @ParameterizedTest(name = "[{index}] start {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-02-09 | ''                               | 2024-03-08
            2024-02-09 | 2024-03-01                       | 2024-03-08 2024-06-01
            2024-02-09 | 2024-03-01 2024-04-15 2024-08-01 | 2024-03-08 2024-06-01 2024-10-15 2025-02-01
            2023-11-01 | 2023-11-30 2024-02-29 2024-08-31 | 2023-11-29 2024-02-29 2024-08-29 2025-02-28
            2025-03-31 | 2025-04-29                       | 2025-04-30 2025-07-29
            2021-12-10 | 2022-01-12                       | 2022-01-12 2022-04-12
            """)
    void dueDates(String start, String held, String expected) {
        var schedule = ReviewSchedule.forPeriodOfCare(LocalDate.parse(start), calendar);
        assertThat(schedule.dueDates(TestChild.dates(held))).containsExactlyElementsOf(TestChild.dates(expected));
    }

    @Test
    @DisplayName("reg 48 short breaks: 3 months after the first break, then 6 months")
    void shortBreaks() {
        var schedule = ReviewSchedule.forShortBreaks(LocalDate.of(2023, 8, 31), TimescaleSettings.defaults());
        assertThat(schedule.firstDue()).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(schedule.dueAfter(1, LocalDate.of(2023, 11, 30))).isEqualTo(LocalDate.of(2024, 5, 30));
    }
}
