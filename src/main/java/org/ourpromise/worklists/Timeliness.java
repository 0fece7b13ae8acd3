package org.ourpromise.worklists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.DueItem;
import org.ourpromise.timescales.DueStatus;

/**
 * How well deadlines were met in a period, rule by rule, from items computed as at a day on or after
 * the period's end. Definitions (shown on the page):
 * <ul>
 * <li>due: the due date is in the period;</li>
 * <li>on time / late: done in the period, on or before / after the due date (by when it was done, as
 * MEASURES.md §8 counts reviews held in the year, so the review rows agree with
 * {@code reviews.on_time_pct});</li>
 * <li>outstanding: due in the period and not done by its last day;</li>
 * <li>missed: outstanding and already past its due date when the items were worked out. The on-time share
 * counts these as late: an assessment nobody did was not done on time (issue 16: "100% on time" when 67 of 74
 * were never done).</li>
 * </ul>
 * For the late and outstanding items, the reasons for lateness recorded against them (the latest
 * explanation of each item), by rule and in total, and how many have no reason recorded.
 */
public record Timeliness(LocalDate from, LocalDate to, List<Row> rows, List<ReasonCount> reasons,
        ReasonCount unexplained) {

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

    /** Words for the late and outstanding items nobody has explained. */
    public static final String NO_REASON = "No reason recorded";

    /** How many late and how many outstanding items were explained with one of the council's reasons. */
    public record ReasonCount(String reason, int late, int outstanding) {
        public int total() {
            return late + outstanding;
        }
    }

    /**
     * One rule's counts, with the reasons given for its late and outstanding items (most used first) and
     * how many of those have no reason recorded.
     */
    public record Row(DeadlineRule rule, int due, int onTime, int late, int outstanding, int missed,
            List<ReasonCount> reasons, ReasonCount unexplained) {
        /**
         * Done on time as a whole percentage of everything whose deadline has come: done on time, done late, and
         * not done by a deadline already passed; null when no deadline has come.
         */
        public @Nullable Long onTimePercent() {
            int counted = onTime + late + missed;
            return counted == 0 ? null : Math.round(100.0 * onTime / counted);
        }
    }

    /** Whether anything in the period was late or not done, so there is something to explain. */
    public boolean anyMissed() {
        return rows.stream().anyMatch(r -> r.late() + r.outstanding() > 0);
    }

    static Timeliness of(Collection<ChildDueItems> council, LocalDate from, LocalDate to,
            Map<String, LatenessExplanation> explanations) {
        var counts = new EnumMap<DeadlineRule, int[]>(DeadlineRule.class);
        var reasonsByRule = new EnumMap<DeadlineRule, Map<String, int[]>>(DeadlineRule.class);
        var totals = new LinkedHashMap<String, int[]>();
        for (var child : council) {
            for (var item : child.all()) {
                for (var outcome : Outcome.values()) {
                    if (!is(item, outcome, from, to)) {
                        continue;
                    }
                    counts.computeIfAbsent(item.rule(), r -> new int[7])[outcome.ordinal()]++;
                    if (outcome == Outcome.OUTSTANDING && item.status() != DueStatus.DUE) {
                        counts.get(item.rule())[6]++;
                    }
                    if (outcome == Outcome.LATE || outcome == Outcome.OUTSTANDING) {
                        var why = explanations.get(LatenessExplanation.key(child.childId(), item.rule(), item.due()));
                        int column = outcome == Outcome.LATE ? 0 : 1;
                        if (why == null) {
                            counts.get(item.rule())[4 + column]++;
                        } else {
                            reasonsByRule.computeIfAbsent(item.rule(), r -> new LinkedHashMap<>())
                                    .computeIfAbsent(why.reason(), r -> new int[2])[column]++;
                            totals.computeIfAbsent(why.reason(), r -> new int[2])[column]++;
                        }
                    }
                }
            }
        }
        var rows = new ArrayList<Row>();
        int unexplainedLate = 0;
        int unexplainedOutstanding = 0;
        for (var e : counts.entrySet()) {
            var c = e.getValue();
            unexplainedLate += c[4];
            unexplainedOutstanding += c[5];
            rows.add(new Row(e.getKey(), c[0], c[1], c[2], c[3], c[6],
                    reasonCounts(reasonsByRule.getOrDefault(e.getKey(), Map.of())), new ReasonCount(NO_REASON, c[4], c[5])));
        }
        return new Timeliness(from, to, List.copyOf(rows), reasonCounts(totals),
                new ReasonCount(NO_REASON, unexplainedLate, unexplainedOutstanding));
    }

    /** Most used first, then by the reason's words, so the order is the same on every request. */
    private static List<ReasonCount> reasonCounts(Map<String, int[]> counts) {
        return counts.entrySet().stream().map(e -> new ReasonCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(ReasonCount::total).reversed().thenComparing(ReasonCount::reason))
                .toList();
    }

    /** The children (with their items) behind one count, in child id order. */
    static List<WorkItem> drillDown(Collection<ChildDueItems> council, DeadlineRule rule, Outcome outcome,
            LocalDate from, LocalDate to, Map<String, LatenessExplanation> explanations) {
        var out = new ArrayList<WorkItem>();
        for (var child : council) {
            for (var item : child.all()) {
                if (item.rule() == rule && is(item, outcome, from, to)) {
                    var who = child.responsibleFor(RuleGroup.of(rule));
                    out.add(new WorkItem(child.childId(), child.name(), item, who == null ? "" : who.workerId(),
                            who == null ? "" : who.team(),
                            explanations.get(LatenessExplanation.key(child.childId(), rule, item.due()))));
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
