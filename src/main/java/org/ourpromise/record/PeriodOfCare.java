package org.ourpromise.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A continuous run of a child's episodes (DOMAIN.md §1.1, MEASURES.md §0): a new period starts at an
 * episode with RNE S, after an episode whose REC is not X1, where the next episode does not start the day
 * the previous one ceased ({@link PeriodsOfCare.Join#SAME_DAY}), and at the child's first episode in the data.
 */
public record PeriodOfCare(List<CareEpisode> episodes) {

    public PeriodOfCare {
        episodes = List.copyOf(episodes);
    }

    public LocalDate start() {
        return episodes.get(0).started();
    }

    private CareEpisode last() {
        return episodes.get(episodes.size() - 1);
    }

    /** The day the period ended, null while it is open. */
    public @Nullable LocalDate end() {
        return last().ceased();
    }

    /** The REC of the episode that ended the period, null while open. */
    public @Nullable String endReason() {
        return last().reasonCeased();
    }

    public boolean isOpenAt(LocalDate d) {
        return !start().isAfter(d) && (end() == null || end().isAfter(d));
    }

    /**
     * Periods of the given episodes, in date order (episodes starting the same day keep their order); the
     * caller decides whether short breaks are in.
     */
    public static List<PeriodOfCare> of(List<CareEpisode> episodes) {
        var sorted = new ArrayList<>(episodes);
        sorted.sort(Comparator.comparing(CareEpisode::started));
        var periods = new ArrayList<PeriodOfCare>();
        for (var run : PeriodsOfCare.split(sorted, PeriodOfCare::startsNewPeriod)) {
            periods.add(new PeriodOfCare(run));
        }
        return periods;
    }

    private static boolean startsNewPeriod(CareEpisode previous, CareEpisode next) {
        return PeriodsOfCare.startsNewPeriod(next.reasonNewEpisode(), previous.reasonCeased(), previous.ceased(),
                next.started(), PeriodsOfCare.Join.SAME_DAY);
    }

    /** The child's episodes without short breaks (LS V3/V4), which most DfE measures leave out (DOMAIN.md §2). */
    public static List<CareEpisode> withoutShortBreaks(List<CareEpisode> episodes) {
        var kept = new ArrayList<CareEpisode>(episodes.size());
        for (var e : episodes) {
            if (!e.isShortBreak()) {
                kept.add(e);
            }
        }
        return kept;
    }
}
