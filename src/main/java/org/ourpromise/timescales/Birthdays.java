package org.ourpromise.timescales;

import java.time.LocalDate;
import java.time.Month;

/**
 * Birthdays and ages as MEASURES.md §0 counts them: a child born on 29 February turns a year older
 * on 1 March in non-leap years (not on 28 February, which is what {@code plusYears} would give).
 */
public final class Birthdays {

    private Birthdays() {
    }

    /** The {@code years}-th birthday. */
    public static LocalDate nth(LocalDate dob, int years) {
        var d = dob.plusYears(years);
        if (dob.getMonth() == Month.FEBRUARY && dob.getDayOfMonth() == 29 && d.getDayOfMonth() == 28) {
            return d.plusDays(1);
        }
        return d;
    }

    /** Whole years completed on {@code date}. */
    public static int age(LocalDate dob, LocalDate date) {
        int years = date.getYear() - dob.getYear();
        return nth(dob, years).isAfter(date) ? years - 1 : years;
    }
}
