package org.ourpromise.record;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Who the child is.
 *
 * @param sex            M, F or U
 * @param ethnicity      the 903 ETHNIC code
 * @param upn            unique pupil number, or an unknown-UPN reason UN1–UN5; null if not recorded
 * @param nhsNumber      10 digits with a valid check digit ({@link NhsNumber}); null if not known
 * @param mother         true if the child is a mother; null when not applicable (boys, young children)
 * @param childsBirth    date of birth of the child's own first child (903 MC_DOB)
 * @param disabled       whether the child has a disability (Annex A)
 */
public record Identity(String givenName, String familyName, LocalDate dateOfBirth, String sex, String ethnicity,
        @Nullable String upn, @Nullable String nhsNumber, @Nullable Boolean mother, @Nullable LocalDate childsBirth,
        boolean disabled) {

    public Identity {
        if (nhsNumber != null && !NhsNumber.isValid(nhsNumber)) {
            throw new IllegalArgumentException("not a valid NHS number (10 digits with a modulus 11 check digit)");
        }
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
