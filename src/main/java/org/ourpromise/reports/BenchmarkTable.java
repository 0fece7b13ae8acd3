package org.ourpromise.reports;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Published comparators (England, regions, statistical neighbours) read from a CSV whose columns are documented
 * in docs/benchmarks-format.md. A bad file is refused whole, with one line per problem naming the row.
 */
public final class BenchmarkTable {

    static final List<String> COLUMNS = List.of("measure_key", "year", "area", "value", "source", "table");
    /** The longest area, source and table a file may give (docs/benchmarks-format.md; the database's columns). */
    public static final int MAX_AREA = 120;
    public static final int MAX_SOURCE = 500;
    public static final int MAX_TABLE = 300;
    private static final String SAMPLE = "/reports/benchmarks-sample.csv";

    private final List<Benchmark> rows;

    private BenchmarkTable(List<Benchmark> rows) {
        this.rows = List.copyOf(rows);
    }

    public static BenchmarkTable of(List<Benchmark> rows) {
        return new BenchmarkTable(rows);
    }

    public static BenchmarkTable empty() {
        return new BenchmarkTable(List.of());
    }

    /** The sample shipped with Promise: only figures cited in DOMAIN.md, each row naming its source. */
    public static BenchmarkTable sample() {
        try (var in = BenchmarkTable.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SAMPLE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), "benchmarks-sample.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a comparator CSV; throws {@link BenchmarkFormatException} listing every bad row. */
    public static BenchmarkTable read(Path csv) throws IOException {
        try (var reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(reader, csv.getFileName().toString());
        }
    }

    static BenchmarkTable read(Reader reader, String name) {
        var problems = new ArrayList<String>();
        var rows = new ArrayList<Benchmark>();
        var firstLine = new HashMap<String, Long>();
        var check = new CsvCheck();
        Map<String, Integer> index = null;
        for (CsvRecord r : CsvReader.builder().commentStrategy(de.siegmar.fastcsv.reader.CommentStrategy.SKIP)
                .ofCsvRecord(reader)) {
            long line = r.getStartingLineNumber();
            if (index == null) {
                index = header(r, name, problems);
                if (!problems.isEmpty()) {
                    throw new BenchmarkFormatException(problems);
                }
                continue;
            }
            if (r.getFields().stream().allMatch(String::isBlank)) {
                continue;
            }
            String where = name + ", line " + line;
            var row = parse(r, index, where, check, problems);
            if (row.isPresent()) {
                var b = row.get();
                // two figures for one area and year: which one the report shows would depend on the row order
                Long first = firstLine.putIfAbsent(b.measureKey() + "|" + b.year() + "|" + b.area(), line);
                if (first != null) {
                    problems.add(where + ": a second figure for " + b.measureKey() + ", " + b.year() + ", " + b.area()
                            + " (the first is on line " + first + ")");
                }
                rows.add(b);
            }
        }
        if (index == null) {
            problems.add(name + ": empty file; expected the header " + String.join(",", COLUMNS));
        }
        if (!problems.isEmpty()) {
            throw new BenchmarkFormatException(problems);
        }
        return new BenchmarkTable(rows);
    }

    private static Map<String, Integer> header(CsvRecord r, String name, List<String> problems) {
        var index = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < r.getFieldCount(); i++) {
            index.put(r.getField(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (var c : COLUMNS) {
            if (!index.containsKey(c)) {
                problems.add(name + ", line " + r.getStartingLineNumber() + ": header has no column '" + c
                        + "' (expected " + String.join(",", COLUMNS) + ")");
            }
        }
        return index;
    }

    private static java.util.Optional<Benchmark> parse(CsvRecord r, Map<String, Integer> index, String where,
            CsvCheck check, List<String> problems) {
        int before = problems.size();
        String key = field(r, index, "measure_key");
        String area = field(r, index, "area");
        String source = field(r, index, "source");
        String table = field(r, index, "table");
        if (key.isEmpty()) {
            problems.add(where + ", measure_key: missing");
        }
        if (area.isEmpty()) {
            problems.add(where + ", area: missing");
        }
        if (source.isEmpty()) {
            problems.add(where + ", source: missing; every comparator must name where it was published");
        }
        CsvCheck.length(area, "area", MAX_AREA, where, problems);
        CsvCheck.length(source, "source", MAX_SOURCE, where, problems);
        CsvCheck.length(table, "table", MAX_TABLE, where, problems);
        Integer year = CsvCheck.year(field(r, index, "year"), where, problems);
        if (year != null && !key.isEmpty() && !check.knownMeasure(key, year)) {
            problems.add(where + ", measure_key: '" + key + "' is not a measure of the catalogue for " + year
                    + " (domain/MEASURES.md)");
        }
        BigDecimal value = CsvCheck.number(field(r, index, "value"), "value", where, problems);
        if (problems.size() > before || value == null || year == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Benchmark(key, year, area, value, source, table));
    }

    private static String field(CsvRecord r, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null || i >= r.getFieldCount() ? "" : r.getField(i).strip();
    }

    public List<Benchmark> rows() {
        return rows;
    }

    /**
     * The comparators to show for a measure in a year: for each area the latest figure for that year or before,
     * so an older national figure is shown with its own year rather than silently as this year's.
     */
    public List<Benchmark> comparators(String measureKey, int year) {
        var latest = new LinkedHashMap<String, Benchmark>();
        rows.stream().filter(b -> b.measureKey().equals(measureKey) && b.year() <= year)
                .sorted(Comparator.comparingInt(Benchmark::year))
                .forEach(b -> latest.put(b.area(), b));
        return List.copyOf(latest.values());
    }

    public boolean anyIllustrative() {
        return rows.stream().anyMatch(Benchmark::illustrative);
    }
}
