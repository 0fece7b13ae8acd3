package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DOMAIN.md §3.1: England and Wales working days; day 1 is the first working day after the start. */
class WorkingDayCalendarTests {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @DisplayName("§3.1 addWorkingDays at bank-holiday, month-end, leap-year and year-end edges")
    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(textBlock = """
            2020-12-24, 1, 2020-12-29, Christmas Fri 2020: Boxing Day Sat -> substitute Mon 28th
            2020-12-23, 2, 2020-12-29, 24th then 29th
            2021-12-24, 1, 2021-12-29, Christmas Sat 2021: substitutes Mon 27th and Tue 28th
            2021-12-24, 3, 2021-12-31, 29th 30th 31st
            2021-12-24, 4, 2022-01-04, New Year Sat 2022: substitute Mon 3 Jan
            2022-12-23, 1, 2022-12-28, Christmas Sun 2022: Boxing Day Mon 26th and substitute Tue 27th
            2022-12-30, 1, 2023-01-03, New Year Sun 2023: substitute Mon 2 Jan
            2027-12-24, 1, 2027-12-29, Christmas Sat 2027: substitutes Mon 27th and Tue 28th
            2027-12-31, 1, 2028-01-04, New Year Sat 2028: substitute Mon 3 Jan
            2025-12-24, 1, 2025-12-29, Christmas Thu and Boxing Day Fri 2025
            2025-12-31, 1, 2026-01-02, New Year's Day Thu 2026
            2026-12-24, 1, 2026-12-29, Christmas Fri 2026: Boxing Day substitute Mon 28th
            2024-03-28, 1, 2024-04-02, Easter 2024 across March and April: Good Fri 29 Mar and Easter Mon 1 Apr
            2013-03-28, 1, 2013-04-02, Easter 2013: Good Fri 29 Mar and Easter Mon 1 Apr
            2018-03-29, 1, 2018-04-03, Easter 2018: Good Fri 30 Mar and Easter Mon 2 Apr
            2016-03-24, 1, 2016-03-29, Easter 2016 wholly in March
            2027-03-25, 1, 2027-03-30, Easter 2027 wholly in March
            2029-03-29, 1, 2029-04-03, Easter 2029: Good Fri 30 Mar and Easter Mon 2 Apr
            2025-04-17, 1, 2025-04-22, Easter 2025 wholly in April
            2022-05-27, 1, 2022-05-30, 2022: the spring holiday moved off Mon 30 May
            2022-06-01, 1, 2022-06-06, 2022: spring holiday Thu 2 Jun and Platinum Jubilee Fri 3 Jun
            2022-09-16, 1, 2022-09-20, 2022: State Funeral Mon 19 Sep
            2020-05-01, 1, 2020-05-04, 2020: early May holiday moved off Mon 4 May
            2020-05-07, 1, 2020-05-11, 2020: VE Day Fri 8 May
            2023-04-28, 1, 2023-05-02, 2023: early May holiday Mon 1 May
            2023-05-05, 1, 2023-05-09, 2023: Coronation Mon 8 May
            2012-06-01, 1, 2012-06-06, 2012: spring holiday Mon 4 Jun and Diamond Jubilee Tue 5 Jun
            2011-04-28, 1, 2011-05-03, 2011: royal wedding Fri 29 Apr and early May Mon 2 May
            2024-02-28, 1, 2024-02-29, leap day is a working day
            2024-02-29, 1, 2024-03-01, from a leap day
            2023-02-28, 1, 2023-03-01, no leap day in 2023
            2028-02-28, 1, 2028-02-29, leap day 2028 (a Tuesday)
            2024-02-09, 20, 2024-03-08, 20 working days across 29 Feb 2024
            2025-03-31, 1, 2025-04-01, 31 March to 1 April
            2024-03-31, 1, 2024-04-02, Sunday 31 March 2024 then Easter Monday
            2026-03-28, 0, 2026-03-28, zero days gives the start even on a Saturday
            2026-03-27, 5, 2026-04-07, Easter 2026: Good Fri 3 Apr and Easter Mon 6 Apr
            2031-04-10, 1, 2031-04-15, computed 2031: Good Fri 11 Apr and Easter Mon 14 Apr
            2032-12-24, 1, 2032-12-29, computed 2032: Christmas Sat so substitutes Mon 27th and Tue 28th
            2033-12-23, 1, 2033-12-28, computed 2033: Christmas Sun so Boxing Day Mon and substitute Tue 27th
            2033-12-31, 1, 2034-01-03, computed 2034: New Year Sun so substitute Mon 2 Jan
            2038-04-22, 1, 2038-04-27, computed 2038: latest Easter (25 Apr) Good Fri 23 and Easter Mon 26
            2009-12-24, 1, 2009-12-29, computed 2009 before the reference data
            2060-12-30, 2, 2061-01-04, computed 2061: New Year Sat so substitute Mon 3 Jan (beyond the running count)
            1999-12-30, 2, 2000-01-04, computed 2000: Fri 31 Dec 1999 counts (the pattern cannot know the millennium holiday) and Mon 3 Jan is the New Year substitute
            """)
    void addWorkingDays(LocalDate from, int n, LocalDate expected, String why) {
        assertThat(calendar.addWorkingDays(from, n)).as(why).isEqualTo(expected);
    }

    @DisplayName("§3.1 holidays and working days by name")
    @ParameterizedTest(name = "{0} working={1}")
    @CsvSource(textBlock = """
            2020-05-08, false
            2020-05-04, true
            2022-05-30, true
            2022-06-02, false
            2022-06-03, false
            2022-09-19, false
            2023-05-08, false
            2024-02-29, true
            2024-12-25, false
            2027-12-27, false
            2027-12-28, false
            2028-01-03, false
            2031-01-01, false
            2035-03-23, false
            2035-03-26, false
            2036-12-26, false
            2037-12-28, false
            """)
    void isWorkingDay(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    @DisplayName("§3.1 holiday names come from the reference data and the computed pattern")
    void holidayNames() {
        assertThat(calendar.holiday(LocalDate.of(2022, 9, 19))).contains("State Funeral of Queen Elizabeth II");
        assertThat(calendar.holiday(LocalDate.of(2035, 3, 23))).contains("Good Friday");
        assertThat(calendar.holiday(LocalDate.of(2026, 3, 31))).isEmpty();
    }

    @DisplayName("§3.1 the computed fallback agrees with the reference data in years without one-off holidays")
    @ParameterizedTest
    @ValueSource(ints = {2010, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2021, 2024, 2025, 2026, 2027, 2028,
            2029, 2030})
    void patternMatchesReference(int year) {
        var referenceDays = IntStream.rangeClosed(1, LocalDate.of(year, 12, 31).getDayOfYear())
                .mapToObj(d -> LocalDate.ofYearDay(year, d))
                .filter(d -> calendar.holiday(d).isPresent()).toList();
        assertThat(WorkingDayCalendar.patternFor(year).keySet()).containsExactlyInAnyOrderElementsOf(referenceDays);
    }

    @DisplayName("Easter Sunday by the Gregorian algorithm against known dates")
    @ParameterizedTest
    @CsvSource({"2008-03-23", "2011-04-24", "2019-04-21", "2024-03-31", "2031-04-13", "2032-03-28", "2035-03-25",
            "2038-04-25", "2285-03-22"})
    void easter(LocalDate sunday) {
        assertThat(WorkingDayCalendar.easterSunday(sunday.getYear())).isEqualTo(sunday);
    }

    @Test
    void workingDaysBetween() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2021, 12, 24), LocalDate.of(2022, 1, 4))).isEqualTo(4);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 3, 8), LocalDate.of(2024, 2, 9))).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 8))).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, Month.APRIL, 2), LocalDate.of(2026, 4, 7)))
                .isEqualTo(1);
    }

    @Test
    void negativeDaysAreRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
