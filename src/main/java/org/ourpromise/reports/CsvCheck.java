package org.ourpromise.reports;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.measures.MeasureCatalogue;

/**
 * The checks the comparator and target files share (docs/benchmarks-format.md): a key of the year's measure
 * catalogue, a collection year, a number the database keeps exactly, text that fits its column.
 */
final class CsvCheck {

    /** Decimal places kept: DfE publishes at most one; the database column keeps four. */
    static final int MAX_DECIMALS = 4;
    private static final BigDecimal TOO_LARGE = new BigDecimal("1E14");

    private final Map<Integer, Set<String>> keysByYear = new HashMap<>();

    /** Whether the measure is in the catalogue of the year (keys of a breakdown follow the year's code list). */
    boolean knownMeasure(String key, int year) {
        return keysByYear.computeIfAbsent(year, y -> Set.copyOf(MeasureCatalogue.withLocalMeasures(y).keys())).contains(key);
    }

    /** The collection year, or null after adding the problem. */
    static @Nullable Integer year(String text, String where, List<String> problems) {
        try {
            int year = Integer.parseInt(text);
            if (year >= 2000 && year <= 2100) {
                return year;
            }
            problems.add(where + ", year: '" + text + "' is not a collection year between 2000 and 2100");
        } catch (NumberFormatException e) {
            problems.add(where + ", year: '" + text + "' is not a whole number");
        }
        return null;
    }

    /** A number as written (a thousands comma allowed), or null after adding the problem. */
    static @Nullable BigDecimal number(String text, String column, String where, List<String> problems) {
        BigDecimal n;
        try {
            n = new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(where + ", " + column + ": '" + text + "' is not a number");
            return null;
        }
        if (n.stripTrailingZeros().scale() > MAX_DECIMALS) {
            problems.add(where + ", " + column + ": '" + text + "' has more than " + MAX_DECIMALS + " decimal places");
            return null;
        }
        if (n.abs().compareTo(TOO_LARGE) >= 0) {
            problems.add(where + ", " + column + ": '" + text + "' is too large");
            return null;
        }
        return n;
    }

    static void length(String text, String column, int max, String where, List<String> problems) {
        if (text.length() > max) {
            problems.add(where + ", " + column + ": longer than " + max + " characters");
        }
    }
}
