package org.ourpromise.education;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The education imports' CSV files (docs/education-imports.md): recognised by their header row (columns in any
 * order, matched without regard to case), dates as dd/mm/yyyy, comment and blank lines skipped. Every problem is
 * one line naming the file, the line and the column, collected so the whole file is refused at once.
 */
final class EducationCsv {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** One data row: its fields by column name, and where it is for messages. */
    static final class Row {
        private final CsvRecord record;
        private final Map<String, Integer> index;
        private final String where;
        private final List<String> problems;

        Row(CsvRecord record, Map<String, Integer> index, String where, List<String> problems) {
            this.record = record;
            this.index = index;
            this.where = where;
            this.problems = problems;
        }

        long line() {
            return record.getStartingLineNumber();
        }

        String where() {
            return where;
        }

        boolean has(String column) {
            return index.containsKey(column);
        }

        String text(String column) {
            Integer i = index.get(column);
            return i == null || i >= record.getFieldCount() ? "" : record.getField(i).strip();
        }

        void problem(String column, String what) {
            problems.add(where + ", column '" + column + "': " + what);
        }

        void problem(String what) {
            problems.add(where + ": " + what);
        }

        /** A required dd/mm/yyyy date that is a real day and not after {@code latest}. */
        @Nullable LocalDate date(String column, LocalDate latest) {
            String v = text(column);
            if (v.isEmpty()) {
                problem(column, "a date is needed");
                return null;
            }
            try {
                var d = LocalDate.parse(v, DAY_MONTH_YEAR);
                if (d.isAfter(latest)) {
                    problem(column, v + " is after " + latest.format(DAY_MONTH_YEAR));
                    return null;
                }
                return d;
            } catch (DateTimeParseException e) {
                problem(column, "'" + v + "' is not a real date as dd/mm/yyyy");
                return null;
            }
        }

        /** A number from {@code min} to {@code max} with at most one decimal place. */
        @Nullable BigDecimal number(String column, BigDecimal min, BigDecimal max, String what) {
            return number(column, min, max, what, 1);
        }

        /** A number from {@code min} to {@code max} with at most {@code decimals} decimal places. */
        @Nullable BigDecimal number(String column, BigDecimal min, BigDecimal max, String what, int decimals) {
            String v = text(column).replace("%", "").strip();
            try {
                var n = new BigDecimal(v);
                if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
                    problem(column, what + " " + v + " is not from " + min.toPlainString() + " to " + max.toPlainString());
                    return null;
                }
                if (n.stripTrailingZeros().scale() > decimals) {
                    problem(column, what + " " + v + " has more than " + decimals + " decimal place"
                            + (decimals == 1 ? "" : "s"));
                    return null;
                }
                return n;
            } catch (NumberFormatException e) {
                problem(column, "'" + v + "' is not a number");
                return null;
            }
        }

        /** Text that fits its column; blank gives null, or a problem when {@code required}. */
        @Nullable String words(String column, int max, boolean required) {
            String v = text(column);
            if (v.isEmpty()) {
                if (required) {
                    problem(column, "a value is needed");
                }
                return null;
            }
            if (v.length() > max) {
                problem(column, "longer than " + max + " characters");
                return null;
            }
            return v;
        }
    }

    private EducationCsv() {
    }

    static String normalised(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The header's columns by normalised name; the file's own name is used in messages. */
    static Map<String, Integer> header(CsvRecord r) {
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < r.getFieldCount(); i++) {
            index.putIfAbsent(normalised(r.getField(i).replace("\uFEFF", "")), i);
        }
        return index;
    }

    static Reader open(Path file) throws IOException {
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    /**
     * Reads every data row after the header, giving each to {@code row}; {@code header} checks the header and
     * adds a problem when it is not one this file may have (then no row is read).
     */
    static void read(Reader reader, String name, Consumer<Map<String, Integer>> header, Consumer<Row> row,
            List<String> problems) {
        Map<String, Integer> index = null;
        for (CsvRecord r : CsvReader.builder().commentStrategy(CommentStrategy.SKIP).ofCsvRecord(reader)) {
            if (index == null) {
                index = header(r);
                int before = problems.size();
                header.accept(index);
                if (problems.size() > before) {
                    return;
                }
                continue;
            }
            if (r.getFields().stream().allMatch(String::isBlank)) {
                continue;
            }
            row.accept(new Row(r, index, name + ", line " + r.getStartingLineNumber(), problems));
        }
        if (index == null) {
            problems.add(name + ": the file is empty; it needs a header row");
        }
    }

    /** Adds a problem naming the missing columns, if any. */
    static void requireColumns(Map<String, Integer> index, List<String> columns, String name, String what,
            List<String> problems) {
        var missing = new ArrayList<String>();
        for (var c : columns) {
            if (!index.containsKey(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(name + ": the header has no column " + String.join(", ", missing) + " (" + what + " needs "
                    + String.join(", ", columns) + ")");
        }
    }
}
