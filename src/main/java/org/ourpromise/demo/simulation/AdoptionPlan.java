package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The milestones of a plan for adoption (DOMAIN.md §2.8): the agency decision, the placement order
 * (none when placed with consent), the match, the placement (A3–A6) and the order; or the reversal
 * of the decision (RD1–RD4) instead of a placement.
 */
record AdoptionPlan(LocalDate decided, @Nullable LocalDate placementOrder, @Nullable LocalDate matched,
        @Nullable LocalDate placed, String placement, @Nullable LocalDate reversed, @Nullable String reversalReason) {

    boolean withCurrentFosterCarer() {
        return placement.equals("A3") || placement.equals("A5");
    }

    /** The plan as known at the end of {@code asAt}. */
    AdoptionPlan knownAt(LocalDate asAt) {
        return new AdoptionPlan(decided, upTo(placementOrder, asAt), upTo(matched, asAt), upTo(placed, asAt), placement,
                upTo(reversed, asAt), upTo(reversed, asAt) == null ? null : reversalReason);
    }

    private static @Nullable LocalDate upTo(@Nullable LocalDate d, LocalDate asAt) {
        return d == null || d.isAfter(asAt) ? null : d;
    }
}
