package org.ourpromise.returns.rules.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.PeriodsOfCare;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RuleContext;

/**
 * Questions about one child's episodes in DECOM order (as {@link RuleContext#rowsOf} gives them;
 * undated episodes last): periods of care (DOMAIN.md §1.1), short breaks, which episodes fall in the
 * collection year. A return may carry earlier years' episodes as history, so "this year's" episodes
 * are those open at some point between 1 April and 31 March.
 */
public final class EpisodeChain {

    /** Short-break legal statuses: the child is not otherwise looked after (DOMAIN.md §1.1). */
    public static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

    private EpisodeChain() {
    }

    public static boolean isShortBreak(Ssda903Row episode) {
        return SHORT_BREAKS.contains(episode.get("LS"));
    }

    /** Whether the episode covers part of the period from {@code from} to {@code to}, both inclusive. */
    public static boolean overlaps(Ssda903Row episode, LocalDate from, LocalDate to) {
        LocalDate decom = episode.date("DECOM");
        LocalDate dec = episode.date("DEC");
        return decom != null && !decom.isAfter(to) && (dec == null || !dec.isBefore(from));
    }

    /** Whether the episode is open at some point of the collection year. */
    public static boolean inYear(RuleContext ctx, Ssda903Row episode) {
        return overlaps(episode, ctx.start(), ctx.end());
    }

    /** The first episode of this year's record: the earliest dated episode open on or after 1 April. */
    public static @Nullable Ssda903Row firstOfYear(RuleContext ctx, List<Ssda903Row> episodes) {
        for (var e : episodes) {
            if (inYear(ctx, e)) {
                return e;
            }
        }
        return null;
    }

    /** The latest dated episode, or null when none has a valid DECOM. */
    public static @Nullable Ssda903Row last(List<Ssda903Row> episodes) {
        for (int i = episodes.size() - 1; i >= 0; i--) {
            if (episodes.get(i).date("DECOM") != null) {
                return episodes.get(i);
            }
        }
        return null;
    }

    /** Whether {@code next} begins the day {@code previous} ended (DOMAIN.md §1.1 episode date rules). */
    public static boolean follows(Ssda903Row previous, Ssda903Row next) {
        LocalDate ended = previous.date("DEC");
        return ended != null && ended.equals(next.date("DECOM"));
    }

    /**
     * The first episode of each unbroken run of episodes that satisfy {@code test}: where a
     * placement for adoption or an order began, not every later episode of it.
     */
    public static List<Ssda903Row> runStarts(List<Ssda903Row> episodes, Predicate<Ssda903Row> test) {
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
     * Whether the episode at {@code i} opens a period of care (DOMAIN.md §1.1): the first episode, one
     * whose RNE is S, or one after an episode that ceased with a reason other than X1. The dates are not
     * read ({@link PeriodsOfCare.Join#REASONS_ONLY}, decision 0014): other rules report gaps and overlaps.
     */
    public static boolean startsPeriod(List<Ssda903Row> episodes, int i) {
        return i == 0 || startsPeriod(episodes.get(i - 1), episodes.get(i));
    }

    private static boolean startsPeriod(Ssda903Row previous, Ssda903Row next) {
        return PeriodsOfCare.startsNewPeriod(next.get("RNE"), previous.get("REC"), null, null,
                PeriodsOfCare.Join.REASONS_ONLY);
    }

    /** Index of the first episode of the period of care holding episode {@code i}. */
    public static int periodStartIndex(List<Ssda903Row> episodes, int i) {
        int k = i;
        while (!startsPeriod(episodes, k)) {
            k--;
        }
        return k;
    }

    /** The child's periods of care (DOMAIN.md §1.1), each its episodes in order. */
    public static List<List<Ssda903Row>> periods(List<Ssda903Row> episodes) {
        return PeriodsOfCare.split(episodes, EpisodeChain::startsPeriod);
    }
}
