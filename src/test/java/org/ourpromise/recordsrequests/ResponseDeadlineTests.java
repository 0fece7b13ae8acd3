package org.ourpromise.recordsrequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * The month to answer a request for records (UK GDPR art. 12(3); the ICO's guidance on the time limit), worked by
 * hand: the corresponding day of the next month, its last day when it has none, the next working day when it
 * falls on a weekend or bank holiday; extensions count from the same first day.
 */
class ResponseDeadlineTests {

    @ParameterizedTest(name = "received {0}, extended by {1} month(s): due {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-09-03 | 0 | 2026-10-05 | 3 October 2026 is a Saturday: the next working day
            2027-01-31 | 0 | 2027-03-01 | February 2027 has no 31st: its last day, 28 February, is a Sunday
            2028-01-31 | 0 | 2028-02-29 | 2028 is a leap year: 29 February, a Tuesday
            2028-02-29 | 0 | 2028-03-29 | from a leap day: the 29th of the next month
            2027-01-31 | 2 | 2027-04-30 | two more months from 31 January, not from 28 February (which gives 28 April)
            2026-11-30 | 0 | 2026-12-30 | a month end to a month with 31 days: the 30th
            2026-11-25 | 0 | 2026-12-29 | Christmas Day, then a weekend, then the Boxing Day substitute
            2027-03-31 | 0 | 2027-04-30 | April has no 31st
            2027-03-31 | 1 | 2027-06-01 | 31 May 2027 is the spring bank holiday
            """)
    void dueDay(LocalDate received, int extension, LocalDate due, String why) {
        assertThat(ResponseDeadline.due(received, extension)).isEqualTo(due);
    }

    @Test
    void theMonthStartsWhenProofOfIdentityAskedForIsChecked() {
        var received = LocalDate.of(2026, 11, 10);
        assertThat(ResponseDeadline.clockStarts(received, false, null)).isEqualTo(received);
        assertThat(ResponseDeadline.clockStarts(received, true, null)).isNull();
        assertThat(ResponseDeadline.clockStarts(received, true, LocalDate.of(2026, 11, 17)))
                .isEqualTo(LocalDate.of(2026, 11, 17));
        // 17 December 2026 is a Thursday
        assertThat(ResponseDeadline.due(LocalDate.of(2026, 11, 17), 0)).isEqualTo(LocalDate.of(2026, 12, 17));
    }

    @Test
    void anExtensionIsAtMostTwoMonths() {
        assertThatThrownBy(() -> ResponseDeadline.due(LocalDate.of(2026, 1, 5), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Whatever the day: a working day, never before the month's corresponding day, at most four days after it (Easter). */
    @Property(tries = 500)
    void dueIsTheFirstWorkingDayOnOrAfterTheMonthsEnd(@ForAll @IntRange(min = 0, max = 6000) int dayOffset,
            @ForAll @IntRange(min = 0, max = 2) int extension) {
        var received = LocalDate.of(2012, 1, 1).plusDays(dayOffset);
        var due = ResponseDeadline.due(received, extension);
        var monthEnd = received.plusMonths(1L + extension);
        assertThat(WorkingDayCalendar.englandAndWales().isWorkingDay(due)).isTrue();
        assertThat(due).isAfterOrEqualTo(monthEnd).isBeforeOrEqualTo(monthEnd.plusDays(4));
        for (var d = monthEnd; d.isBefore(due); d = d.plusDays(1)) {
            assertThat(WorkingDayCalendar.englandAndWales().isWorkingDay(d)).isFalse();
        }
    }
}
