package org.ourpromise.benchmarks;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureCatalogue;
import org.ourpromise.reports.Target;
import org.ourpromise.reports.Targets;

/**
 * The targets form as typed, and its checks: a collection year in range, a measure of that year's catalogue, a
 * target that is a number the measure can take, a direction, and an amber tolerance of 0 or more (blank is 0).
 *
 * @param year the collection year as typed, e.g. "2026"
 * @param target the figure, e.g. "70" (a thousands comma or a trailing % is accepted)
 * @param direction "higher" or "lower"
 * @param tolerance the amber band in the measure's units; blank for none
 */
record TargetForm(String year, String target, String direction, String tolerance) {

    /** Decimal places kept (the column's scale). */
    static final int MAX_DECIMALS = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TOO_LARGE = new BigDecimal("1E14");

    /** What the form holds for a stored target, or for none. */
    static TargetForm of(int year, @Nullable Target t) {
        if (t == null) {
            return new TargetForm(String.valueOf(year), "", "", "");
        }
        var tolerance = t.tolerance() == null || t.tolerance().signum() == 0 ? "" : t.tolerance().toPlainString();
        return new TargetForm(String.valueOf(year), t.target().toPlainString(), t.direction().word(), tolerance);
    }

    /**
     * The target, or the problems by field (year, measure, target, direction, tolerance), in the page's order.
     *
     * @param firstYear the earliest collection year a target may be set for
     * @param lastYear the latest (the year after the current one, so next year's can be set in advance)
     */
    Checked check(String measureKey, int firstYear, int lastYear) {
        var errors = new LinkedHashMap<String, String>();
        Integer y = year(firstYear, lastYear, errors);
        Measure measure = null;
        if (y != null) {
            measure = MeasureCatalogue.withLocalMeasures(y).find(measureKey).orElse(null);
            if (measure == null) {
                errors.put("measure", "There is no measure " + measureKey + " in the catalogue for " + label(y));
            }
        }
        var t = number(target, "target", "the target", errors);
        if (t != null && measure != null) {
            if (measure.kind() == Measure.Kind.PERCENTAGE && t.compareTo(HUNDRED) > 0) {
                errors.put("target", "The target is a percentage: enter 100 or less");
            } else if (measure.kind() == Measure.Kind.COUNT && t.stripTrailingZeros().scale() > 0) {
                errors.put("target", "The target is a count: enter a whole number");
            }
        } else if (t == null && !errors.containsKey("target")) {
            errors.put("target", "Enter the target, for example 70");
        }
        var d = Targets.direction(direction);
        if (d.isEmpty()) {
            errors.put("direction", "Choose whether a higher or a lower figure is better");
        }
        BigDecimal band = BigDecimal.ZERO;
        if (!tolerance.isBlank()) {
            band = number(tolerance, "tolerance", "the amber band", errors);
        }
        if (!errors.isEmpty() || y == null || t == null || band == null) {
            return new Checked(Optional.empty(), errors);
        }
        return new Checked(Optional.of(new Target(measureKey, y, t, d.get(), band)), errors);
    }

    /** The checked target, or the errors (field to message) that kept it from being one. */
    record Checked(Optional<Target> target, Map<String, String> errors) {
    }

    private @Nullable Integer year(int first, int last, Map<String, String> errors) {
        String text = year.strip();
        String range = "from " + first + " to " + last + " (the year its 31 March falls in)";
        if (text.isEmpty()) {
            errors.put("year", "Enter the collection year, " + range);
            return null;
        }
        try {
            int y = Integer.parseInt(text);
            if (y >= first && y <= last) {
                return y;
            }
        } catch (NumberFormatException e) {
            // the message below says what is wanted
        }
        errors.put("year", "The collection year must be a whole number " + range);
        return null;
    }

    /** A number of 0 or more with up to 4 decimal places; null (and an error unless blank) otherwise. */
    private static @Nullable BigDecimal number(String text, String field, String what, Map<String, String> errors) {
        String t = text.strip().replace(",", "");
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty()) {
            return null;
        }
        BigDecimal n;
        try {
            n = new BigDecimal(t);
        } catch (NumberFormatException e) {
            errors.put(field, capitalised(what) + " must be a number, for example 70 or 12.5");
            return null;
        }
        if (n.signum() < 0) {
            errors.put(field, capitalised(what) + " must be 0 or more");
        } else if (n.stripTrailingZeros().scale() > MAX_DECIMALS) {
            errors.put(field, capitalised(what) + " can have up to " + MAX_DECIMALS + " decimal places");
        } else if (n.compareTo(TOO_LARGE) >= 0) {
            errors.put(field, capitalised(what) + " is too large");
        } else {
            return n;
        }
        return null;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String label(int year) {
        return (year - 1) + "-" + String.format("%02d", year % 100);
    }
}
