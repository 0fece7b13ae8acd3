package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A child as the first, cheap pass of the simulation sees them: who they are and their periods of
 * care as known at the simulation's as-at date. Enough to decide which returns they belong to;
 * {@link ChildLife} later fills in the full record of the children that are kept.
 *
 * @param supportUntilAge the age to which a care leaver keeps in touch with a personal adviser
 *                        (21, or 22–25 for those who ask for support, Children Act 1989 s23CZB)
 */
record ChildOutline(long detailSeed, LocalDate dateOfBirth, String sex, String ethnicity, boolean uasc,
        List<PeriodOutline> periods, int supportUntilAge) {

    LocalDate birthday(int age) {
        return dateOfBirth.plusYears(age);
    }

    /** The period open at the end of {@code day}, if any. */
    @Nullable PeriodOutline periodOpenAt(LocalDate day) {
        for (var p : periods) {
            if (!p.started().isAfter(day) && (p.ceased() == null || p.ceased().isAfter(day))) {
                return p;
            }
        }
        return null;
    }
}
