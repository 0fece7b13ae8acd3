package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link WorkingDayCalendar#addWorkingDays} counts weekends and holidays by arithmetic rather than
 * day by day; these tests hold it to the DOMAIN.md §3.1 meaning (day 1 is the first working day
 * after the start) with hand-worked dates and against a day-by-day count.
 */
class WorkingDayAdditionTests {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-05 |   1 | 2026-01-06 | Monday to Tuesday
            2026-01-09 |   1 | 2026-01-12 | Friday to Monday
            2026-01-09 |   5 | 2026-01-16 | a week from a Friday
            2026-01-03 |   1 | 2026-01-05 | from a Saturday, day 1 is Monday
            2026-01-04 |   5 | 2026-01-09 | from a Sunday, day 5 is Friday
            2026-01-03 |   0 | 2026-01-03 | no days added, even on a weekend
            2026-04-03 |   0 | 2026-04-03 | no days added, even on Good Friday
            2025-12-24 |   1 | 2025-12-29 | over Christmas Day, Boxing Day and a weekend
            2025-12-24 |   5 | 2026-01-05 | and over New Year's Day
            2026-04-02 |   1 | 2026-04-07 | over Good Friday and Easter Monday
            2026-03-31 |  20 | 2026-04-30 | first review due from 31 March over Easter (§3.2)
            2025-12-31 | 253 | 2026-12-31 | every working day of 2026: 261 weekdays less 8 holidays
            2020-05-07 |   1 | 2020-05-11 | VE day moved the early May holiday to Friday 8 May 2020
            2022-06-01 |   1 | 2022-06-06 | Platinum Jubilee Thursday and Friday 2022
            2022-09-16 |   1 | 2022-09-20 | State funeral, Monday 19 September 2022
            2022-12-23 |   1 | 2022-12-28 | Christmas on a Sunday: 26 and 27 December off
            2028-02-28 |   1 | 2028-02-29 | 29 February is a working day
            2009-12-24 |   1 | 2009-12-29 | computed year: Boxing Day on a Saturday is moved to Monday 28
            2009-12-24 |   4 | 2010-01-04 | from a computed year into the reference years
            2031-04-10 |   1 | 2031-04-15 | computed year: Easter 2031 is 13 April
            2031-12-24 |   1 | 2031-12-29 | computed year: Christmas Thursday, Boxing Day Friday
            """)
    void handWorkedDates(LocalDate from, int n, LocalDate expected, String why) {
        assertThat(calendar.addWorkingDays(from, n)).isEqualTo(expected);
    }

    @Property(tries = 3000)
    @Label("adding working days agrees with stepping a day at a time (DOMAIN.md §3.1)")
    void agreesWithDayByDayCount(@ForAll @IntRange(min = 0, max = 365 * 45) int offset,
            @ForAll @IntRange(min = 0, max = 600) int n) {
        LocalDate from = LocalDate.of(1992, 1, 1).plusDays(offset);
        LocalDate d = from;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d)) {
                left--;
            }
        }
        assertThat(calendar.addWorkingDays(from, n)).isEqualTo(d);
    }

    @Property(tries = 500)
    @Label("the result is a working day and exactly n working days follow the start (DOMAIN.md §3.1)")
    void resultIsTheNthWorkingDay(@ForAll @IntRange(min = 0, max = 365 * 30) int offset,
            @ForAll @IntRange(min = 1, max = 300) int n) {
        LocalDate from = LocalDate.of(2005, 1, 1).plusDays(offset);
        LocalDate due = calendar.addWorkingDays(from, n);
        assertThat(calendar.isWorkingDay(due)).isTrue();
        assertThat(calendar.workingDaysBetween(from, due)).isEqualTo(n);
        assertThat(calendar.workingDaysBetween(from, due.minusDays(1))).isEqualTo(n - 1);
    }

    @org.junit.jupiter.api.Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
