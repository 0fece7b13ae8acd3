package org.ourpromise.measures;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How figures read in the reports and on pages: thousands separators, % for percentages, the counts behind each value. */
public final class MeasureFormat {

    private MeasureFormat() {
    }

    public static String value(Measure m, MeasureValue v) {
        if (v.value() == null) {
            return m.kind() == Measure.Kind.RATE ? "not available (no population given)" : "not available (no children in the denominator)";
        }
        return switch (m.kind()) {
            case PERCENTAGE -> number(v.value()) + "%";
            case RATE -> number(v.value()) + " per 10,000";
            default -> number(v.value());
        };
    }

    /** What follows a bare figure of this measure: "%" for a percentage, " per 10,000" for a rate. */
    public static String unit(Measure m) {
        return switch (m.kind()) {
            case PERCENTAGE -> "%";
            case RATE -> " per 10,000";
            default -> "";
        };
    }

    public static String counts(Measure m, MeasureValue v) {
        return switch (m.kind()) {
            case COUNT -> "";
            case PERCENTAGE -> number(v.numerator()) + " of " + number(v.denominator());
            case AVERAGE -> "total " + number(v.numerator()) + " over " + number(v.denominator());
            case RATE -> v.denominator() == null ? "" : number(v.numerator()) + " children, population " + number(v.denominator());
        };
    }

    public static String number(@Nullable Number n) {
        if (n == null) {
            return "-";
        }
        var f = NumberFormat.getNumberInstance(Locale.UK);
        f.setMaximumFractionDigits(1);
        return f.format(n instanceof BigDecimal b ? b : new BigDecimal(n.toString()));
    }

    /** The first sentence of the catalogue description, as the figure's label. */
    public static String label(Measure m) {
        String d = m.description().replaceAll("\\.$", "");
        int end = d.length();
        for (var stop : new String[] {". ", "; ", " (", ": ", ", over 3 years"}) {
            int i = d.indexOf(stop);
            // "A1: mean days..." keeps its short prefix; a colon later starts the detail
            if (i > (stop.equals(": ") ? 20 : 0) && i < end) {
                end = i;
            }
        }
        return d.substring(0, end);
    }

    /** "under_1" → "under 1", "19_to_21" → "19 to 21": the last part of a breakdown key, as words. */
    public static String category(String key, String prefix) {
        return key.substring(prefix.length()).replace('_', ' ');
    }
}
