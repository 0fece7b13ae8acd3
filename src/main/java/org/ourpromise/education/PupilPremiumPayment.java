package org.ourpromise.education;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Pupil Premium Plus paid to a school for a child, against one of the child's PEPs, in the year of the day paid.
 * A withdrawn payment stays on the record but counts nowhere: not in what was paid, nor in what is left.
 *
 * @param version    the row's version, for changing it at the version the page showed
 * @param withdrawal who withdrew it, when and why; null while it stands
 */
public record PupilPremiumPayment(long id, String childId, String urn, LocalDate pepDate, LocalDate paidOn,
        BigDecimal amount, String purpose, int version, @Nullable Withdrawal withdrawal) {

    /** Who withdrew a payment, when and why. */
    public record Withdrawal(String by, LocalDateTime at, String reason) {
    }

    /** A payment that stands, at version 0. */
    public PupilPremiumPayment(long id, String childId, String urn, LocalDate pepDate, LocalDate paidOn,
            BigDecimal amount, String purpose) {
        this(id, childId, urn, pepDate, paidOn, amount, purpose, 0, null);
    }

    public FinancialYear financialYear() {
        return FinancialYear.of(paidOn);
    }

    public boolean withdrawn() {
        return withdrawal != null;
    }

    /** Counts in what was paid: not withdrawn. */
    public boolean stands() {
        return withdrawal == null;
    }
}
