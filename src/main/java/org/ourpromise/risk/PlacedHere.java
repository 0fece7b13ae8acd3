package org.ourpromise.risk;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A child in another council's care placed in our area: not our child, so no child record; the home council's
 * reference, where they live, when they were placed, when the home council told us, and when they left.
 */
public record PlacedHere(long id, String reference, String homeCouncil, String placement, LocalDate placedOn,
        @Nullable LocalDate notifiedOn, @Nullable LocalDate endedOn, int version) {

    public boolean isCurrentOn(LocalDate day) {
        return !placedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }

    /** Here at some time from {@code from} to {@code to}, both included. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !placedOn.isAfter(to) && (endedOn == null || endedOn.isAfter(from));
    }
}
