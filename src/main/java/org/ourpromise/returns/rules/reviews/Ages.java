package org.ourpromise.returns.rules.reviews;

import java.time.LocalDate;

/**
 * Ages on a date, as the DfE rules state them ("aged 10 or over at 31 March"). A child reaches an
 * age on the birthday itself. A 29 February birthday falls on 28 February in other years, as
 * {@link LocalDate#plusYears} and the DfE community validator both count it; whether DfE's own
 * tool uses 1 March instead is UNCONFIRMED.
 */
final class Ages {

    private Ages() {
    }

    /** Whether someone born on {@code dob} has had their {@code years}th birthday on or before {@code on}. */
    static boolean hasReached(LocalDate dob, int years, LocalDate on) {
        return !dob.plusYears(years).isAfter(on);
    }
}
