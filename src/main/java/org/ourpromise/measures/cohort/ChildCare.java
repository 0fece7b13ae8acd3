package org.ourpromise.measures.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.PeriodsOfCare;

/**
 * One child's time in care as the measures see it (MEASURES.md §0): the episodes after removing short
 * breaks (V3/V4), sorted by DECOM, their periods of care and placements; and the short-break episodes
 * themselves, which the OC2 cohort checks before they are removed.
 */
public final class ChildCare {

    private static final Comparator<Episode> BY_START =
            Comparator.comparing(Episode::decom).thenComparingInt(Episode::order);

    private final String child;
    private final List<Episode> episodes;
    private final List<Episode> shortBreaks;
    private final List<PeriodOfCare> periods;
    private final List<Placement> placements;

    private ChildCare(String child, List<Episode> episodes, List<Episode> shortBreaks, boolean excludeTemporary) {
        this.child = child;
        this.episodes = episodes;
        this.shortBreaks = shortBreaks;
        this.periods = periodsOf(episodes);
        this.placements = Placements.of(periods, excludeTemporary);
    }

    /** All the rows of one child, in any order. */
    static ChildCare of(String child, List<Episode> rows, boolean excludeTemporary) {
        var sorted = new ArrayList<>(rows);
        sorted.sort(BY_START);
        var care = new ArrayList<Episode>(sorted.size());
        var breaks = new ArrayList<Episode>();
        for (var e : sorted) {
            var list = e.isShortBreak() ? breaks : care;
            if (!list.isEmpty() && list.get(list.size() - 1).decom().equals(e.decom())) {
                list.set(list.size() - 1, laterKnowledge(list.get(list.size() - 1), e));
            } else {
                list.add(e);
            }
        }
        return new ChildCare(child, List.copyOf(care), List.copyOf(breaks), excludeTemporary);
    }

    /**
     * Two episodes of a child cannot start on the same day (an episode cannot start and end on one day,
     * DOMAIN.md §1.1), so two rows with one DECOM are the same episode reported twice: a directory holding the
     * returns of several years repeats the episodes that span a 31 March. The row that knows the end wins, then
     * the later row (our choice).
     */
    private static Episode laterKnowledge(Episode earlier, Episode later) {
        return earlier.dec() != null && later.dec() == null ? earlier : later;
    }

    /** MEASURES.md §0: only a gap between a DEC and the next DECOM breaks an X1 change (decision 0014). */
    private static List<PeriodOfCare> periodsOf(List<Episode> episodes) {
        var periods = new ArrayList<PeriodOfCare>();
        for (var run : PeriodsOfCare.split(episodes, (previous, e) -> PeriodsOfCare.startsNewPeriod(e.rne(),
                previous.rec(), previous.dec(), e.decom(), PeriodsOfCare.Join.NO_GAP))) {
            periods.add(new PeriodOfCare(run));
        }
        return List.copyOf(periods);
    }

    public String child() {
        return child;
    }

    /** Episodes other than short breaks, by DECOM. Empty for a child who only had short breaks. */
    public List<Episode> episodes() {
        return episodes;
    }

    public List<PeriodOfCare> periods() {
        return periods;
    }

    public List<Placement> placements() {
        return placements;
    }

    /** Whether a V3/V4 episode of the child overlaps [from, to] (checked on the rows before their removal). */
    public boolean hadShortBreakWithin(LocalDate from, LocalDate to) {
        return Episode.anyOverlaps(shortBreaks, from, to);
    }

    /** The episode open at {@code d}; with several (bad data) the one that started last. */
    public @Nullable Episode openEpisodeAt(LocalDate d) {
        Episode open = null;
        for (var e : episodes) {
            if (e.openAt(d)) {
                open = e;
            }
        }
        return open;
    }

    public boolean lookedAfterDuring(LocalDate from, LocalDate to) {
        return Episode.anyOverlaps(episodes, from, to);
    }

    /** The index of the period holding {@code episode}, or -1. */
    public int periodOf(Episode episode) {
        for (int p = 0; p < periods.size(); p++) {
            if (periods.get(p).holds(episode)) {
                return p;
            }
        }
        return -1;
    }

    /** The latest period of care starting on or before {@code d}. */
    public @Nullable PeriodOfCare latestPeriodStartingBy(LocalDate d) {
        PeriodOfCare latest = null;
        for (var p : periods) {
            if (!p.start().isAfter(d)) {
                latest = p;
            }
        }
        return latest;
    }
}
