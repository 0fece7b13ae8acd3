package org.ourpromise.reports;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
        return new BenchmarkTable(CsvCheck.rows(reader, name, COLUMNS, String.join(",", COLUMNS),
                (r, index, where, check, problems) -> parse(r, index, where, check, problems).orElse(null),
                b -> b.measureKey() + "|" + b.year() + "|" + b.area(),
                b -> "a second figure for " + b.measureKey() + ", " + b.year() + ", " + b.area()));
    }

    private static java.util.Optional<Benchmark> parse(CsvRecord r, Map<String, Integer> index, String where,
            CsvCheck check, List<String> problems) {
        int before = problems.size();
        String key = CsvCheck.field(r, index, "measure_key");
        String area = CsvCheck.field(r, index, "area");
        String source = CsvCheck.field(r, index, "source");
        String table = CsvCheck.field(r, index, "table");
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
        Integer year = CsvCheck.year(CsvCheck.field(r, index, "year"), where, problems);
        if (year != null && !key.isEmpty() && !check.knownMeasure(key, year)) {
            problems.add(where + ", measure_key: '" + key + "' is not a measure of the catalogue for " + year
                    + " (domain/MEASURES.md)");
        }
        BigDecimal value = CsvCheck.number(CsvCheck.field(r, index, "value"), "value", where, problems);
        if (problems.size() > before || value == null || year == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Benchmark(key, year, area, value, source, table));
    }

    public List<Benchmark> rows() {
        return rows;
    }

    /**
     * The comparators to show for a measure in a year: for each area the latest figure for that year or before,
     * so an older national figure is shown with its own year rather than silently as this year's. Like for like
     * only (issue 15): a rate beside a rate, a percentage beside a percentage; a count of the return (England's
     * 83,630 children in care beside the council's few hundred) is never shown beside the council's count.
     */
    public List<Benchmark> comparators(String measureKey, int year) {
        if (isCount(measureKey, year)) {
            return List.of();
        }
        var latest = new LinkedHashMap<String, Benchmark>();
        rows.stream().filter(b -> b.measureKey().equals(measureKey) && b.year() <= year)
                .sorted(Comparator.comparingInt(Benchmark::year))
                .forEach(b -> latest.put(b.area(), b));
        return List.copyOf(latest.values());
    }

    private static final Map<Integer, java.util.Set<String>> COUNTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the return's measure is a count (another area's count says nothing about the council's). */
    static boolean isCount(String measureKey, int year) {
        return COUNTS.computeIfAbsent(year, y -> org.ourpromise.measures.MeasureCatalogue.forYear(y).measures().stream()
                .filter(m -> m.kind() == org.ourpromise.measures.Measure.Kind.COUNT)
                .map(org.ourpromise.measures.Measure::key).collect(java.util.stream.Collectors.toUnmodifiableSet()))
                .contains(measureKey);
    }

    public boolean anyIllustrative() {
        return rows.stream().anyMatch(Benchmark::illustrative);
    }
}
