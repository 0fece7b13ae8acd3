package org.ourpromise.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Where one period of care ends and the next begins (DOMAIN.md §1.1, MEASURES.md §0), for every reader of
 * episodes: the record ({@link PeriodOfCare}), the return's rows (the rules) and the measures' typed rows. An
 * episode starts a new period when its RNE is S or the previous episode ceased with a REC other than X1;
 * otherwise it continues the period if it joins on to the previous episode, and what "joins on" means is the
 * caller's {@link Join} (decision 0014): the readers differ on overlapping and undated episodes, and each
 * keeps its own reading.
 */
public final class PeriodsOfCare {

    private PeriodsOfCare() {
    }

    /** When an episode after an X1 change, with an RNE other than S, continues the previous one's period. */
    public enum Join {
        /**
         * Only when it starts the day the previous one ceased (DOMAIN.md §1.1): a gap, an overlap or an open
         * previous episode starts a new period. The record, the derivation, Annex A and the deadlines.
         */
        SAME_DAY,
        /**
         * Unless there is a gap between the previous DEC and this DECOM (MEASURES.md §0): an overlap or an open
         * previous episode continues the period. The measures.
         */
        NO_GAP,
        /**
         * Whatever the dates (they may be missing or invalid; other rules report them): the reasons alone decide.
         * The validation rules.
         */
        REASONS_ONLY
    }

    /**
     * Whether an episode starting on {@code started} with RNE {@code reasonNewEpisode} begins a new period of
     * care after an episode that ceased on {@code previousCeased} with REC {@code previousReasonCeased}.
     */
    public static boolean startsNewPeriod(@Nullable String reasonNewEpisode, @Nullable String previousReasonCeased,
            @Nullable LocalDate previousCeased, @Nullable LocalDate started, Join join) {
        if ("S".equals(reasonNewEpisode) || !"X1".equals(previousReasonCeased)) {
            return true;
        }
        return switch (join) {
            case SAME_DAY -> started == null || !started.equals(previousCeased);
            case NO_GAP -> previousCeased != null && started != null && previousCeased.isBefore(started);
            case REASONS_ONLY -> false;
        };
    }

    /**
     * The episodes, already in order, cut into periods: a new one begins at the first episode and wherever
     * {@code startsNew(previous, next)} holds. Each period is a list of at least one episode.
     */
    public static <T> List<List<T>> split(List<T> inOrder, BiPredicate<? super T, ? super T> startsNew) {
        var periods = new ArrayList<List<T>>();
        List<T> current = null;
        T previous = null;
        for (var e : inOrder) {
            if (current == null || startsNew.test(previous, e)) {
                current = new ArrayList<>();
                periods.add(current);
            }
            current.add(e);
            previous = e;
        }
        return periods;
    }
}
