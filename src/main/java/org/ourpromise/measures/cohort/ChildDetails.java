package org.ourpromise.measures.cohort;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the Header row says about a child (the first Header row of the child in the return). */
public record ChildDetails(String child, String sex, @Nullable LocalDate dob, String ethnic) {

    /**
     * Whole years completed on {@code d} (MEASURES.md §0), or -1 when the date of birth is unknown. A child
     * born on 29 February becomes a year older on 1 March in a year without 29 February.
     */
    public int ageAt(LocalDate d) {
        return ageAt(dob, d);
    }

    public static int ageAt(@Nullable LocalDate dob, LocalDate d) {
        if (dob == null || d.isBefore(dob)) {
            return -1;
        }
        int age = d.getYear() - dob.getYear();
        boolean birthdayNotYetReached = d.getMonthValue() < dob.getMonthValue()
                || (d.getMonthValue() == dob.getMonthValue() && d.getDayOfMonth() < dob.getDayOfMonth());
        return birthdayNotYetReached ? age - 1 : age;
    }
}
