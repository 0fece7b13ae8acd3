package org.ourpromise.reports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The top of a board pack, for a member reading at a glance: how many figures are on target, near it and off it,
 * and the figures that moved most between the last two points of their trends.
 */
public record PackSummary(Map<RagStatus, Integer> byStatus, List<Movement> movedMost) {

    /** How many of the pack's figures the summary shows as having moved most. */
    static final int MOVERS = 3;

    /** A figure's change between the last two points of its trend, in its own unit. */
    public record Movement(String label, String from, String to, String fromValue, String toValue, boolean up,
            BigDecimal relative) {

        public String shown() {
            return label + ": " + (up ? "up" : "down") + " from " + fromValue + " (" + from + ") to " + toValue + " ("
                    + to + ")";
        }
    }

    public static PackSummary of(List<BoardPack.Indicator> indicators) {
        var counts = new EnumMap<RagStatus, Integer>(RagStatus.class);
        for (var s : RagStatus.values()) {
            counts.put(s, 0);
        }
        var moves = new ArrayList<Movement>();
        for (var i : indicators) {
            counts.merge(i.rag(), 1, Integer::sum);
            var m = movement(i);
            if (m != null) {
                moves.add(m);
            }
        }
        moves.sort(Comparator.comparing(Movement::relative).reversed().thenComparing(Movement::label));
        return new PackSummary(counts, List.copyOf(moves.subList(0, Math.min(MOVERS, moves.size()))));
    }

    public int count(RagStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    /** Figures with no target or no value: neither on nor off target. */
    public int withoutStatus() {
        return count(RagStatus.NO_TARGET) + count(RagStatus.NO_VALUE);
    }

    /** The change between the last two points with values; null when there are not two, or nothing moved. */
    static @Nullable Movement movement(BoardPack.Indicator indicator) {
        var points = indicator.trend().bars().stream().filter(b -> b.value() != null).toList();
        if (points.size() < 2) {
            return null;
        }
        var before = points.get(points.size() - 2);
        var last = points.get(points.size() - 1);
        int change = last.value().compareTo(before.value());
        if (change == 0) {
            return null;
        }
        var base = before.value().abs();
        var relative = base.signum() == 0 ? BigDecimal.valueOf(Long.MAX_VALUE)
                : last.value().subtract(before.value()).abs().divide(base, MathContext.DECIMAL64);
        return new Movement(indicator.label(), before.label(), last.label(), plain(before.value()) + indicator.unit(),
                plain(last.value()) + indicator.unit(), change > 0, relative);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
