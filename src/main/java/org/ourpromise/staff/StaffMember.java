package org.ourpromise.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One member of staff. {@code workerId} is the id allocations hold (the 903 SW_ID for social workers);
 * {@code fte} is contracted hours as a share of full time (0.01 to 1.00); {@code version} guards against
 * saving over a newer edit.
 */
public record StaffMember(String workerId, String name, StaffRole role, String team, @Nullable String email,
        boolean agency, BigDecimal fte, LocalDate from, @Nullable LocalDate to, int version) {

    /** In post on {@code day}: started on or before it, and {@code to} (their last day) not before it. */
    public boolean inPostOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
