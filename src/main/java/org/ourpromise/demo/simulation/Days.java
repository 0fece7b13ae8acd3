package org.ourpromise.demo.simulation;

import java.time.LocalDate;

/**
 * One shared {@link LocalDate} for each day from 1960 to 2069. A 100,000-child council holds some
 * 25 million dates (visits, health events, reviews); pointing them at one instance per day instead
 * of one object each saves over half a gigabyte and most of the garbage collector's copying, and
 * adding days by table look-up is cheaper than {@link LocalDate#plusDays}. Dates are values, so
 * sharing never changes what a record says or how it compares.
 */
final class Days {

    private static final long FIRST = LocalDate.of(1960, 1, 1).toEpochDay();
    private static final LocalDate[] DAYS = new LocalDate[(int) (LocalDate.of(2070, 1, 1).toEpochDay() - FIRST)];

    static {
        for (int i = 0; i < DAYS.length; i++) {
            DAYS[i] = LocalDate.ofEpochDay(FIRST + i);
        }
    }

    private Days() {
    }

    /** The shared instance for the date's day (the date itself outside the table). */
    static LocalDate shared(LocalDate date) {
        return at(date.toEpochDay(), date);
    }

    /** {@code date} plus {@code days} (negative to go back), as the shared instance. */
    static LocalDate plus(LocalDate date, long days) {
        long epochDay = date.toEpochDay() + days;
        long i = epochDay - FIRST;
        return i >= 0 && i < DAYS.length ? DAYS[(int) i] : LocalDate.ofEpochDay(epochDay);
    }

    private static LocalDate at(long epochDay, LocalDate fallback) {
        long i = epochDay - FIRST;
        return i >= 0 && i < DAYS.length ? DAYS[(int) i] : fallback;
    }
}
