package org.ourpromise.returns.rules.placements;

import java.time.LocalDate;
import java.time.Month;

/**
 * Ages and birthdays as English law counts them: a child born on 29 February attains an age on
 * 1 March in a year that is not a leap year (Family Law Reform Act 1969 s9 counts whole years; the
 * anniversary of 29 February falls on 1 March). {@link #ageOn} and {@link #birthday} agree on it.
 */
final class Ages {

    private Ages() {
    }

    /** The day the child reaches {@code years} years of age. */
    static LocalDate birthday(LocalDate dob, int years) {
        var day = dob.plusYears(years);
        if (dob.getMonth() == Month.FEBRUARY && dob.getDayOfMonth() == 29 && day.getDayOfMonth() == 28) {
            return day.plusDays(1);
        }
        return day;
    }

    /** Whole years of age on {@code date} (negative before birth). */
    static int ageOn(LocalDate dob, LocalDate date) {
        int years = date.getYear() - dob.getYear();
        if (date.isBefore(birthday(dob, years))) {
            years--;
        }
        return years;
    }

    /** Whether the child is at least {@code years} old on {@code date}. */
    static boolean atLeast(LocalDate dob, LocalDate date, int years) {
        return !date.isBefore(birthday(dob, years));
    }
}
