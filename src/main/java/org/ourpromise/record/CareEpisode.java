package org.ourpromise.record;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One 903 episode: a span with one legal status and one placement (DOMAIN.md §1.1). Codes are the
 * 903 codes (§1.4). {@code ceased} and {@code reasonCeased} are null while it is open.
 */
public record CareEpisode(LocalDate started, String reasonNewEpisode, String legalStatus, String categoryOfNeed,
        String placement, @Nullable String provider, @Nullable LocalDate ceased, @Nullable String reasonCeased,
        @Nullable String reasonPlacementChange, @Nullable String homePostcode, @Nullable String placementPostcode,
        @Nullable String urn) {

    public CareEpisode {
        if (ceased != null && !ceased.isAfter(started)) {
            throw new IllegalArgumentException("an episode must end after the day it starts: " + started + " to " + ceased);
        }
    }

    public boolean isOpen() {
        return ceased == null;
    }

    /** Open at the end of day {@code d}: started on or before it and not ceased on or before it. */
    public boolean isOpenAt(LocalDate d) {
        return !started.isAfter(d) && (ceased == null || ceased.isAfter(d));
    }

    public boolean isShortBreak() {
        return legalStatus.equals("V3") || legalStatus.equals("V4");
    }
}
