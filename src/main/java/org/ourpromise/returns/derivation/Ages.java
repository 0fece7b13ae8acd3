package org.ourpromise.returns.derivation;

import java.time.LocalDate;

/**
 * Ages and birthdays as MEASURES.md §0 counts them: whole years completed on a day, so a child born
 * on 29 February turns a year older on 1 March in a year that is not a leap year.
 */
public final class Ages {

    private Ages() {
    }

    public static int on(LocalDate dateOfBirth, LocalDate d) {
        int years = d.getYear() - dateOfBirth.getYear();
        if (d.getMonthValue() < dateOfBirth.getMonthValue()
                || d.getMonthValue() == dateOfBirth.getMonthValue() && d.getDayOfMonth() < dateOfBirth.getDayOfMonth()) {
            years--;
        }
        return years;
    }

    /** The day the child turns {@code age}: the first day on which {@link #on} gives that age. */
    public static LocalDate birthday(LocalDate dateOfBirth, int age) {
        LocalDate d = dateOfBirth.plusYears(age);
        // plusYears clamps 29 February to the 28th, on which the child is still a year younger.
        return d.getDayOfMonth() != dateOfBirth.getDayOfMonth() ? d.plusDays(1) : d;
    }
}
