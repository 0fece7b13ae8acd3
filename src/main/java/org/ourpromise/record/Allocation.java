package org.ourpromise.record;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A worker allocated to the child in a role for a span of time. For social workers the 903 SW_ID,
 * the reason the allocation changed (SW_REASON) is kept on the allocation that ends.
 */
public record Allocation(Role role, String workerId, String team, LocalDate from, @Nullable LocalDate to,
        @Nullable String changeReason) {

    public enum Role {
        SOCIAL_WORKER, INDEPENDENT_REVIEWING_OFFICER, PERSONAL_ADVISER
    }
}
