package org.ourpromise.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.measures.MeasureFormat;

/**
 * The figures of a page as rows for a download or a data feed (issue 15): the same values the page shows, one row
 * per measure, with its counts, target, status and comparators. Aggregate figures only: no row names a child.
 */
public final class FigureTable {

    /** The columns of every CSV download, in order. */
    public static final List<String> COLUMNS = List.of("measure key", "title", "period", "value", "numerator",
            "denominator", "target", "status", "comparators");

    private FigureTable() {
    }

    /**
     * One figure.
     *
     * @param comparators each comparator as "area year: value (source)", joined by "; "
     */
    public record Row(String key, String title, String period, @Nullable BigDecimal value, long numerator,
            @Nullable Long denominator, @Nullable BigDecimal target, String status, String comparators) {
    }

    /**
     * Rows for {@code keys} (those {@code measure} knows) with the values {@code value} gives, targets and
     * comparators of collection year {@code year} from {@code options}.
     */
    public static List<Row> rows(List<String> keys, Function<String, Optional<Measure>> measure,
            Function<String, MeasureValue> value, String period, int year, ReportOptions options) {
        var rows = new ArrayList<Row>();
        for (var key : keys) {
            var m = measure.apply(key);
            if (m.isEmpty()) {
                continue;
            }
            var v = value.apply(key);
            var target = options.targets().find(key, year).map(Target::target).orElse(null);
            var rag = options.targets().rag(key, year, v.value());
            String comparators = options.benchmarks().comparators(key, year).stream()
                    .map(b -> b.area() + " " + b.year() + ": " + b.shown() + " (" + b.source() + ")")
                    .collect(Collectors.joining("; "));
            rows.add(new Row(key, MeasureFormat.label(m.get()), period, v.value(), v.numerator(), v.denominator(),
                    target, rag == RagStatus.NO_TARGET || rag == RagStatus.NO_VALUE ? "" : rag.label(), comparators));
        }
        return rows;
    }

    /** The rows as CSV (RFC 4180: fields quoted where they hold a comma, quote or line break), header first. */
    public static String csv(List<Row> rows) {
        var out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (var r : rows) {
            out.append(String.join(",", field(r.key()), field(r.title()), field(r.period()), plain(r.value()),
                    Long.toString(r.numerator()), r.denominator() == null ? "" : r.denominator().toString(),
                    plain(r.target()), field(r.status()), field(r.comparators()))).append("\r\n");
        }
        return out.toString();
    }

    private static String plain(@Nullable BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    /** Quoted where needed; a leading =, +, - or @ is prefixed so a spreadsheet does not run it as a formula. */
    static String field(String s) {
        String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
