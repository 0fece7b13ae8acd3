package org.ourpromise.returns.rules.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RuleContext;

/**
 * Questions about one child's episodes in DECOM order (as {@link RuleContext#rowsOf} gives them;
 * undated episodes last). A return may carry earlier years' episodes as history, so "this year's"
 * episodes are those still open on or after 1 April.
 */
final class EpisodeChain {

    private EpisodeChain() {
    }

    /** Whether the episode is open at some point of the collection year. */
    static boolean inYear(RuleContext ctx, Ssda903Row episode) {
        LocalDate start = RowDates.read(episode, "DECOM");
        LocalDate end = RowDates.read(episode, "DEC");
        return start != null && !start.isAfter(ctx.end()) && (end == null || !end.isBefore(ctx.start()));
    }

    /** The first episode of this year's record: the earliest dated episode open on or after 1 April. */
    static @Nullable Ssda903Row firstOfYear(RuleContext ctx, List<Ssda903Row> episodes) {
        for (var e : episodes) {
            if (inYear(ctx, e)) {
                return e;
            }
        }
        return null;
    }

    /** The latest dated episode, or null when none has a valid DECOM. */
    static @Nullable Ssda903Row last(List<Ssda903Row> episodes) {
        for (int i = episodes.size() - 1; i >= 0; i--) {
            if (RowDates.read(episodes.get(i), "DECOM") != null) {
                return episodes.get(i);
            }
        }
        return null;
    }

    /** Whether {@code next} begins the day {@code previous} ended (DOMAIN.md §1.1 episode date rules). */
    static boolean follows(Ssda903Row previous, Ssda903Row next) {
        LocalDate ended = RowDates.read(previous, "DEC");
        return ended != null && ended.equals(RowDates.read(next, "DECOM"));
    }

    /**
     * The first episode of each unbroken run of episodes that satisfy {@code test}: where a
     * placement for adoption or an order began, not every later episode of it.
     */
    static List<Ssda903Row> runStarts(List<Ssda903Row> episodes, Predicate<Ssda903Row> test) {
        var starts = new ArrayList<Ssda903Row>();
        Ssda903Row previous = null;
        for (var e : episodes) {
            if (test.test(e) && (previous == null || !test.test(previous) || !follows(previous, e))) {
                starts.add(e);
            }
            previous = e;
        }
        return starts;
    }

    /**
     * The child's periods of care (DOMAIN.md §1.1): a period starts with RNE S or after an
     * episode that ended with a reason other than X1.
     */
    static List<List<Ssda903Row>> periods(List<Ssda903Row> episodes) {
        var periods = new ArrayList<List<Ssda903Row>>();
        List<Ssda903Row> current = null;
        Ssda903Row previous = null;
        for (var e : episodes) {
            if (current == null || "S".equals(e.get("RNE")) || !"X1".equals(previous.get("REC"))) {
                current = new ArrayList<>();
                periods.add(current);
            }
            current.add(e);
            previous = e;
        }
        return periods;
    }

    static boolean isShortBreak(Ssda903Row episode) {
        String ls = episode.get("LS");
        return ls.equals("V3") || ls.equals("V4");
    }
}
