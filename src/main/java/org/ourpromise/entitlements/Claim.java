package org.ourpromise.entitlements;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A claim for an entitlement for one child or young person, and where it has got to. */
public record Claim(long id, long entitlementId, String childId, LocalDate requestedOn, BigDecimal amount,
        String purpose, Status status, @Nullable LocalDate decidedOn, @Nullable String refusalReason, int version) {

    public enum Status {
        REQUESTED("Requested"), APPROVED("Approved"), PAID("Paid"), REFUSED("Refused");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A claim not refused counts against the limit and the budget. */
    public boolean counts() {
        return status != Status.REFUSED;
    }
}
