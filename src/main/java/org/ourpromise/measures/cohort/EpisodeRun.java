package org.ourpromise.measures.cohort;

import java.time.LocalDate;
import java.util.List;

/**
 * Consecutive episodes of one child, in date order, never empty: what a period of care and a placement
 * (MEASURES.md §0 and §3) have in common.
 */
public interface EpisodeRun {

    List<Episode> episodes();

    default Episode first() {
        return episodes().get(0);
    }

    default Episode last() {
        return episodes().get(episodes().size() - 1);
    }

    /** The DECOM of its first episode. */
    default LocalDate start() {
        return first().decom();
    }

    /** Whether this very episode (not an equal one) is one of the run's. */
    default boolean holds(Episode episode) {
        for (var e : episodes()) {
            if (e == episode) {
                return true;
            }
        }
        return false;
    }

    /** A copy of {@code episodes} for a run; refused when empty, as a run has at least one episode. */
    static List<Episode> checked(List<Episode> episodes, String run) {
        if (episodes.isEmpty()) {
            throw new IllegalArgumentException(run + " has at least one episode");
        }
        return List.copyOf(episodes);
    }
}
