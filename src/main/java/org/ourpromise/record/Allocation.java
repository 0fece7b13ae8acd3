package org.ourpromise.record;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A worker allocated to the child in a role for a span of time. For social workers the 903 SW_ID,
 * and {@code changeReason} is the 903 SW_REASON of the episode this allocation is: why it began (FCONTA
 * for a first contact or re-referral, otherwise why the previous worker changed), so it is known
 * while the allocation is open and repeats in each year's return (DfE rules SW01b, SW16c).
 */
public record Allocation(Role role, String workerId, String team, LocalDate from, @Nullable LocalDate to,
        @Nullable String changeReason) {

    /**
     * Allocated on {@code day}: from on or before it, and not yet ended (an allocation ending on a day has ended
     * that day, so on a hand-over day the worker taking over is the one allocated).
     */
    public boolean isCurrentOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || to.isAfter(day));
    }

    public enum Role {
        SOCIAL_WORKER, INDEPENDENT_REVIEWING_OFFICER, PERSONAL_ADVISER
    }
}
