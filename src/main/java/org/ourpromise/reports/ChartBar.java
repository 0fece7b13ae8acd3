package org.ourpromise.reports;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One bar (or one point of a trend line) of a chart: its label and value; a null value is drawn as "no data",
 * never as zero.
 */
public record ChartBar(String label, @Nullable BigDecimal value) {

    public static ChartBar of(String label, @Nullable BigDecimal value) {
        return new ChartBar(label, value);
    }

    public static ChartBar of(String label, long value) {
        return new ChartBar(label, BigDecimal.valueOf(value));
    }

    /** The value as shown in labels and text alternatives: plain digits, "no data" for null. */
    public String shown() {
        return value == null ? "no data" : value.stripTrailingZeros().toPlainString();
    }
}
