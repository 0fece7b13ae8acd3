package org.ourpromise.measures.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of a child's episodes with the same carer (MEASURES.md §3). {@code period} is the index of its
 * period of care in the child's periods; a temporary placement (first PLACE T0–T4, when temporary
 * placements are excluded) is kept so that the placement after it can be found, but is not counted.
 */
public record Placement(List<Episode> episodes, int period, boolean temporary) implements EpisodeRun {

    public Placement {
        episodes = EpisodeRun.checked(episodes, "a placement");
    }

    /** A placement overlaps [from, to] when one of its episodes does. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return Episode.anyOverlaps(episodes, from, to);
    }

    /** The same placement continued by the episodes of a later run (exception (b) of §3). */
    Placement continuedBy(List<Episode> more) {
        var all = new ArrayList<>(episodes);
        all.addAll(more);
        return new Placement(all, period, temporary);
    }
}
