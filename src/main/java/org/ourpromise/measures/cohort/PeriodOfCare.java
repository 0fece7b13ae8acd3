package org.ourpromise.measures.cohort;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Consecutive episodes of a child (MEASURES.md §0): a period starts at RNE = S, after an episode whose REC
 * is not X1, or after a gap between the previous DEC and this DECOM.
 */
public record PeriodOfCare(List<Episode> episodes) implements EpisodeRun {

    public PeriodOfCare {
        episodes = EpisodeRun.checked(episodes, "a period of care");
    }

    /** The DEC of the last episode (null while open). */
    public @Nullable LocalDate end() {
        return last().dec();
    }

    /** Ended by its last episode: a DEC with a REC other than X1. */
    public boolean ceased() {
        return last().dec() != null && !"X1".equals(last().rec());
    }

    /** Ceased with a DEC within [from, to]. */
    public boolean ceasedWithin(LocalDate from, LocalDate to) {
        var end = end();
        return ceased() && end != null && !end.isBefore(from) && !end.isAfter(to);
    }

    public boolean startedWithin(LocalDate from, LocalDate to) {
        return !start().isBefore(from) && !start().isAfter(to);
    }
}
