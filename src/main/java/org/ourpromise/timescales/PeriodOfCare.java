package org.ourpromise.timescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.CareEpisode;

/**
 * A continuous run of episodes as seen at an as-at date (MEASURES.md §0, DOMAIN.md §1.1): a new
 * period starts at RNE S, after an episode whose REC is not X1, or where an episode does not start the
 * day the previous one ceased (the record's {@link org.ourpromise.record.PeriodOfCare}). Short-break (V3/V4)
 * episodes are left out: they form {@link ShortBreakArrangement}s instead.
 *
 * @param end            the day care ended, or null if still looked after at the as-at date
 * @param previousEnd    the end of the child's previous period, if any (evidence after it may count
 *                       for this period's start-up deadlines, e.g. a care plan made before a planned entry)
 * @param episodes       the period's episodes started on or before the as-at date, in order
 */
record PeriodOfCare(LocalDate start, @Nullable LocalDate end, @Nullable LocalDate previousEnd,
        List<CareEpisode> episodes) {

    /**
     * The periods of care of the child's episodes at {@code asAt}, in order; where one ends and the next begins
     * is the record's rule ({@link org.ourpromise.record.PeriodOfCare#of}).
     */
    static List<PeriodOfCare> of(List<CareEpisode> all, LocalDate asAt) {
        var known = all.stream().filter(e -> !e.isShortBreak() && !e.started().isAfter(asAt)).toList();
        var periods = new ArrayList<PeriodOfCare>();
        LocalDate previousEnd = null;
        for (var run : org.ourpromise.record.PeriodOfCare.of(known)) {
            var p = close(run.episodes(), previousEnd, asAt);
            periods.add(p);
            previousEnd = p.end();
        }
        return periods;
    }

    private static PeriodOfCare close(List<CareEpisode> episodes, @Nullable LocalDate previousEnd, LocalDate asAt) {
        var last = episodes.get(episodes.size() - 1);
        var end = last.ceased() == null || last.ceased().isAfter(asAt) ? null : last.ceased();
        return new PeriodOfCare(episodes.get(0).started(), end, previousEnd, List.copyOf(episodes));
    }

    boolean isOpen() {
        return end == null;
    }

    /** The first day evidence counts for a start-up deadline: the day after the previous period ended. */
    LocalDate startUpEvidenceFrom() {
        return previousEnd == null ? LocalDate.MIN : previousEnd.plusDays(1);
    }

    /** The episode open on {@code date} (the latest started on or before it). */
    CareEpisode episodeOn(LocalDate date) {
        CareEpisode found = episodes.get(0);
        for (var e : episodes) {
            if (e.started().isAfter(date)) {
                break;
            }
            found = e;
        }
        return found;
    }
}
