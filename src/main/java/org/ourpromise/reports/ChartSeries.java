package org.ourpromise.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reference line drawn on a trend chart beside the council's own line: the target, or a comparator (England, a
 * region, statistical neighbours). One value per point of the chart, in the same order; null where there is no
 * figure for that point (nothing is drawn there, and the data table says "no data").
 *
 * @param name as shown in the legend and the data table, e.g. "Target", "England"
 * @param kind whether a target or a comparator: each is drawn with its own dash and marker, never colour alone
 * @param values one per point of the chart
 */
public record ChartSeries(String name, Kind kind, List<@Nullable BigDecimal> values) {

    public enum Kind {
        TARGET, COMPARATOR
    }

    public ChartSeries {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The values as shown in the data table: plain digits, "no data" for a missing one. */
    public List<String> shown() {
        return values.stream().map(v -> v == null ? "no data" : v.stripTrailingZeros().toPlainString()).toList();
    }

    /** Whether there is anything to draw. */
    public boolean hasValues() {
        return values.stream().anyMatch(v -> v != null);
    }
}
