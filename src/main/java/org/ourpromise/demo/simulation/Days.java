package org.ourpromise.demo.simulation;

import java.time.LocalDate;

/**
 * One shared {@link LocalDate} for each day from 1960 to 2069. A 100,000-child council holds some
 * 25 million dates (visits, health events, reviews); pointing them at one instance per day instead
 * of one object each saves over half a gigabyte and most of the garbage collector's copying. The
 * day's place in the table is found from its year, month and day (no epoch-day arithmetic), so
 * adding days here is also cheaper than {@link LocalDate#plusDays}. Dates are values: sharing never
 * changes what a record says or how it compares.
 */
final class Days {

    private static final int FIRST_YEAR = 1960;
    private static final int YEARS = 110;
    /** Every day of the years covered, in order. */
    private static final LocalDate[] DAYS;
    /** Position in {@link #DAYS} by (year - FIRST_YEAR) * 372 + (month - 1) * 31 + (day - 1). */
    private static final int[] INDEX = new int[YEARS * 372];

    static {
        LocalDate first = LocalDate.of(FIRST_YEAR, 1, 1);
        DAYS = new LocalDate[(int) (first.plusYears(YEARS).toEpochDay() - first.toEpochDay())];
        for (int i = 0; i < DAYS.length; i++) {
            var d = first.plusDays(i);
            DAYS[i] = d;
            INDEX[slot(d)] = i;
        }
    }

    private Days() {
    }

    /** The shared instance for the date's day (the date itself outside the table). */
    static LocalDate shared(LocalDate date) {
        int i = indexOf(date);
        return i < 0 ? date : DAYS[i];
    }

    /** {@code date} plus {@code days} (negative to go back), as the shared instance. */
    static LocalDate plus(LocalDate date, int days) {
        int i = indexOf(date);
        if (i < 0 || i + days < 0 || i + days >= DAYS.length) {
            return date.plusDays(days);
        }
        return DAYS[i + days];
    }

    private static int indexOf(LocalDate date) {
        int year = date.getYear() - FIRST_YEAR;
        return year < 0 || year >= YEARS ? -1 : INDEX[slot(date)];
    }

    private static int slot(LocalDate d) {
        return (d.getYear() - FIRST_YEAR) * 372 + (d.getMonthValue() - 1) * 31 + d.getDayOfMonth() - 1;
    }
}
