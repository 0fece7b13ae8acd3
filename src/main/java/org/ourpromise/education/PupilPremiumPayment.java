package org.ourpromise.education;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Pupil Premium Plus paid to a school for a child, against one of the child's PEPs, in the year of the day paid. */
public record PupilPremiumPayment(long id, String childId, String urn, LocalDate pepDate, LocalDate paidOn,
        BigDecimal amount, String purpose) {

    public FinancialYear financialYear() {
        return FinancialYear.of(paidOn);
    }
}
