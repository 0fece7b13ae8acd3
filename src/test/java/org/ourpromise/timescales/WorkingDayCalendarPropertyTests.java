package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of DOMAIN.md §3.1 working-day arithmetic over reference and computed years. */
class WorkingDayCalendarPropertyTests {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 35).map(d -> LocalDate.of(2005, 1, 1).plusDays(d));
    }

    @Property
    void addingWorkingDaysLandsOnAWorkingDay(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = 1, max = 300) int n) {
        assertThat(calendar.isWorkingDay(calendar.addWorkingDays(from, n))).isTrue();
    }

    @Property
    void resultIsStrictlyIncreasingInN(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = 0, max = 300) int n) {
        assertThat(calendar.addWorkingDays(from, n + 1)).isAfter(calendar.addWorkingDays(from, n));
    }

    @Property
    void workingDaysBetweenInvertsAdd(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = 0, max = 300) int n) {
        assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).isEqualTo(n);
    }

    @Property
    void agreesWithCountingDayByDayAcrossTheWholeRange(@ForAll @IntRange(min = 0, max = 365 * 80) int offset,
            @ForAll @IntRange(min = 0, max = 120) int n) {
        var from = LocalDate.of(1990, 1, 1).plusDays(offset);
        var d = from;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d)) {
                left--;
            }
        }
        assertThat(calendar.addWorkingDays(from, n)).isEqualTo(d);
        int count = 0;
        for (var x = from.plusDays(1); !x.isAfter(d.plusDays(3)); x = x.plusDays(1)) {
            count += calendar.isWorkingDay(x) ? 1 : 0;
        }
        assertThat(calendar.workingDaysBetween(from, d.plusDays(3))).isEqualTo(count);
    }

    @Property
    void aWeekOfCalendarDaysHoldsAtMostFiveWorkingDays(@ForAll("dates") LocalDate from) {
        assertThat(calendar.workingDaysBetween(from, from.plusDays(7))).isBetween(2, 5);
    }
}
