package org.ourpromise.reports;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Locale;
import java.util.function.Function;
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

    /** Reads one row into a value, adding a line per problem; null when the row has any. */
    interface RowParser<T> {
        @Nullable T parse(CsvRecord r, Map<String, Integer> index, String where, CsvCheck check, List<String> problems);
    }

    /**
     * Reads a comparator or target file: a header naming {@code columns} (any order, others ignored), comment and
     * blank lines skipped, each row parsed, and a second row with the same key refused (which one the reports
     * showed would depend on the order). Every problem of the file, or the rows.
     *
     * @param expected  the header asked for, as the message says it
     * @param duplicate what a second row for a key is, e.g. "a second target for x in 2026"
     */
    static <T> List<T> rows(Reader reader, String name, List<String> columns, String expected, RowParser<T> parser,
            Function<T, String> key, Function<T, String> duplicate) {
        var problems = new ArrayList<String>();
        var rows = new ArrayList<T>();
        var firstLine = new HashMap<String, Long>();
        var check = new CsvCheck();
        Map<String, Integer> index = null;
        for (CsvRecord r : CsvReader.builder().commentStrategy(CommentStrategy.SKIP).ofCsvRecord(reader)) {
            long line = r.getStartingLineNumber();
            if (index == null) {
                index = header(r, name, columns, expected, problems);
                if (!problems.isEmpty()) {
                    throw new BenchmarkFormatException(problems);
                }
                continue;
            }
            if (r.getFields().stream().allMatch(String::isBlank)) {
                continue;
            }
            String where = name + ", line " + line;
            var row = parser.parse(r, index, where, check, problems);
            if (row != null) {
                Long first = firstLine.putIfAbsent(key.apply(row), line);
                if (first != null) {
                    problems.add(where + ": " + duplicate.apply(row) + " (the first is on line " + first + ")");
                }
                rows.add(row);
            }
        }
        if (index == null) {
            problems.add(name + ": empty file; expected the header " + String.join(",", columns));
        }
        if (!problems.isEmpty()) {
            throw new BenchmarkFormatException(problems);
        }
        return rows;
    }

    private static Map<String, Integer> header(CsvRecord r, String name, List<String> columns, String expected,
            List<String> problems) {
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < r.getFieldCount(); i++) {
            index.put(r.getField(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (var c : columns) {
            if (!index.containsKey(c)) {
                problems.add(name + ", line " + r.getStartingLineNumber() + ": header has no column '" + c
                        + "' (expected " + expected + ")");
            }
        }
        return index;
    }

    /** A row's field by column name, stripped; blank when the column or the field is missing. */
    static String field(CsvRecord r, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null || i >= r.getFieldCount() ? "" : r.getField(i).strip();
    }

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
