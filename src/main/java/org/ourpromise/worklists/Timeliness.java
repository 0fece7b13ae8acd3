package org.ourpromise.worklists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.DueItem;

/**
 * How well deadlines were met in a period, rule by rule, from items computed as at a day on or after
 * the period's end. Definitions (shown on the page):
 * <ul>
 * <li>due: the due date is in the period;</li>
 * <li>on time / late: done in the period, on or before / after the due date (by when it was done, as
 * MEASURES.md §8 counts reviews held in the year, so the review rows agree with
 * {@code reviews.on_time_pct});</li>
 * <li>outstanding: due in the period and not done by its last day.</li>
 * </ul>
 */
public record Timeliness(LocalDate from, LocalDate to, List<Row> rows) {

    /** What a count is of, for the drill-down. */
    public enum Outcome {
        DUE, ON_TIME, LATE, OUTSTANDING;

        static @Nullable Outcome parse(@Nullable String s) {
            if (s == null) {
                return null;
            }
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** One rule's counts. */
    public record Row(DeadlineRule rule, int due, int onTime, int late, int outstanding) {
        /** Done on time as a whole percentage of done in the period; null when nothing was done. */
        public @Nullable Long onTimePercent() {
            int done = onTime + late;
            return done == 0 ? null : Math.round(100.0 * onTime / done);
        }
    }

    static Timeliness of(Collection<ChildDueItems> council, LocalDate from, LocalDate to) {
        var counts = new EnumMap<DeadlineRule, int[]>(DeadlineRule.class);
        for (var child : council) {
            for (var item : child.all()) {
                for (var outcome : Outcome.values()) {
                    if (is(item, outcome, from, to)) {
                        counts.computeIfAbsent(item.rule(), r -> new int[4])[outcome.ordinal()]++;
                    }
                }
            }
        }
        var rows = new ArrayList<Row>();
        counts.forEach((rule, c) -> rows.add(new Row(rule, c[0], c[1], c[2], c[3])));
        return new Timeliness(from, to, List.copyOf(rows));
    }

    /** The children (with their items) behind one count, in child id order. */
    static List<WorkItem> drillDown(Collection<ChildDueItems> council, DeadlineRule rule, Outcome outcome,
            LocalDate from, LocalDate to) {
        var out = new ArrayList<WorkItem>();
        for (var child : council) {
            for (var item : child.all()) {
                if (item.rule() == rule && is(item, outcome, from, to)) {
                    var who = child.responsibleFor(RuleGroup.of(rule));
                    out.add(new WorkItem(child.childId(), child.name(), item, who == null ? "" : who.workerId(),
                            who == null ? "" : who.team(), null));
                }
            }
        }
        return out;
    }

    /** The definitions are {@link DueItem}'s, shared with the local measures so the two never disagree. */
    static boolean is(DueItem item, Outcome outcome, LocalDate from, LocalDate to) {
        return switch (outcome) {
            case DUE -> item.isDueWithin(from, to);
            case ON_TIME -> item.isDoneOnTimeWithin(from, to);
            case LATE -> item.isDoneLateWithin(from, to);
            case OUTSTANDING -> item.isOutstandingWithin(from, to);
        };
    }
}
