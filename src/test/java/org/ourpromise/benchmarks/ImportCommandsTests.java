package org.ourpromise.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ourpromise.PromiseCommandLine;

/**
 * {@code import-benchmarks} and {@code import-targets} through the real command line and a real database file:
 * all or nothing, one line per problem, --replace to replace what is stored, and what changed said plainly.
 */
class ImportCommandsTests {

    @TempDir
    Path dir;

    private String url;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void database() {
        url = "jdbc:h2:file:" + dir.resolve("db/promise") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return PromiseCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("spring.datasource.url", url));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String text) throws Exception {
        var f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /** The stored rows, read straight from the database file after the command has closed it. */
    private List<String> rows(String sql) throws SQLException {
        var rows = new ArrayList<String>();
        try (var c = DriverManager.getConnection(url, "promise", ""); var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                var row = new ArrayList<String>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    var v = rs.getObject(i);
                    row.add(v instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(v));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }

    private List<String> comparators() throws SQLException {
        return rows("select measure_key, comparator_year, area, figure, source, source_table, imported_from, imported_by "
                + "from benchmark_comparator order by measure_key, area, comparator_year");
    }

    @Test
    @DisplayName("import-benchmarks: adds, says so; again, unchanged; a different figure is refused whole without "
            + "--replace and replaced with it")
    void benchmarks() throws Exception {
        var first = file("bench.csv", """
                # docs/benchmarks-format.md
                measure_key,year,area,value,source,table
                missing.pct,2025,England,11,"DfE, missing 2025",Table A
                missing.pct,2025,Statistical neighbours,"1,012.5",Illustrative: not published,
                """);
        assertThat(run("import-benchmarks", "--file", first.toString())).isZero();
        assertThat(out()).isEqualTo("added missing.pct, 2025, England: 11 (DfE, missing 2025: Table A)\n"
                + "added missing.pct, 2025, Statistical neighbours: 1,012.5 (Illustrative: not published) ILLUSTRATIVE\n");
        assertThat(err()).startsWith("import-benchmarks: bench.csv: 2 added, 0 replaced, 0 already stored unchanged; "
                + "1 ILLUSTRATIVE (not published figures, labelled so wherever shown) in ");
        // a command never stores the shipped sample: only what the file holds
        var stored = List.of("missing.pct|2025|England|11|DfE, missing 2025|Table A|bench.csv|command-line",
                "missing.pct|2025|Statistical neighbours|1012.5|Illustrative: not published||bench.csv|command-line");
        assertThat(comparators()).isEqualTo(stored);
        assertThat(rows("select username, detail from audit_event where action = 'IMPORT'")).containsExactly(
                "command-line|import-benchmarks bench.csv: 2 added, 0 replaced, 0 already stored unchanged");

        assertThat(run("import-benchmarks", "--file", first.toString())).isZero();
        assertThat(out()).isEmpty();
        assertThat(err()).contains("0 added, 0 replaced, 2 already stored unchanged");
        var revision = rows("select revision from benchmark_revision");

        var second = file("bench-2.csv", """
                measure_key,year,area,value,source,table
                missing.pct,2025,England,10.5,"DfE, missing 2025 (revised)",Table A
                missing.pct,2024,England,9,"DfE, missing 2024",Table A
                """);
        assertThat(run("import-benchmarks", "--file", second.toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("bench-2.csv: missing.pct, 2025, England is already stored as 11 (DfE, missing 2025: "
                + "Table A); the file gives 10.5 (DfE, missing 2025 (revised): Table A) (--replace replaces stored "
                + "comparators)\nimport-benchmarks: nothing was imported (1 problem)\n");
        assertThat(comparators()).isEqualTo(stored); // the new 2024 row was not added either
        assertThat(rows("select revision from benchmark_revision")).isEqualTo(revision);

        assertThat(run("import-benchmarks", "--file", second.toString(), "--replace")).isZero();
        assertThat(out()).isEqualTo("added missing.pct, 2024, England: 9 (DfE, missing 2024: Table A)\n"
                + "replaced missing.pct, 2025, England: 11 (DfE, missing 2025: Table A) -> 10.5 (DfE, missing 2025 "
                + "(revised): Table A)\n");
        assertThat(err()).contains("1 added, 1 replaced, 0 already stored unchanged");
        assertThat(comparators()).containsExactly(
                "missing.pct|2024|England|9|DfE, missing 2024|Table A|bench-2.csv|command-line",
                "missing.pct|2025|England|10.5|DfE, missing 2025 (revised)|Table A|bench-2.csv|command-line",
                stored.get(1));
    }

    @Test
    @DisplayName("a bad comparator file changes nothing: every problem on its own line, exit 2, no stack trace")
    void aBadBenchmarksFileChangesNothing() throws Exception {
        var good = file("good.csv", "measure_key,year,area,value,source,table\nmissing.pct,2025,England,11,DfE,t\n");
        assertThat(run("import-benchmarks", "--file", good.toString())).isZero();
        var before = comparators();
        var bad = file("bad.csv", """
                measure_key,year,area,value,source,table
                missing.pct,2024,England,10,DfE,t
                missing.pc,2025,England,11,DfE,t
                missing.pct,2025,North West,lots,DfE,t
                missing.pct,2025,North East,12,,t
                missing.pct,2024,England,10,DfE,t
                """);
        assertThat(run("import-benchmarks", "--file", bad.toString(), "--replace")).isEqualTo(2);
        assertThat(err()).isEqualTo("""
                bad.csv, line 3, measure_key: 'missing.pc' is not a measure of the catalogue for 2025 (domain/MEASURES.md)
                bad.csv, line 4, value: 'lots' is not a number
                bad.csv, line 5, source: missing; every comparator must name where it was published
                bad.csv, line 6: a second figure for missing.pct, 2024, England (the first is on line 2)
                import-benchmarks: nothing was imported (4 problems)
                """);
        assertThat(comparators()).isEqualTo(before);
        var empty = file("empty.csv", "measure_key,year,area,value,source,table\n");
        assertThat(run("import-benchmarks", "--file", empty.toString())).isEqualTo(2);
        assertThat(err()).startsWith("empty.csv: no comparators after the header\n");
        assertThat(run("import-benchmarks", "--file", dir.resolve("absent.csv").toString())).isEqualTo(2);
        assertThat(err()).contains("import-benchmarks: --file").contains("absent.csv is not a file");
        assertThat(run("import-benchmarks", "--replace", "--file")).isEqualTo(2);
        assertThat(err()).isEqualTo("import-benchmarks: option --file needs a value\n");
        assertThat(comparators()).isEqualTo(before);
    }

    @Test
    @DisplayName("import-targets: adds with each target's own amber band; a changed target needs --replace; a bad file "
            + "changes nothing")
    void importTargets() throws Exception {
        var first = file("targets.csv", """
                measure_key,year,target,direction,tolerance
                reviews.on_time_pct,2026,90,higher,5
                adoption.a1_average_days,2026,487,lower,
                """);
        assertThat(run("import-targets", "--file", first.toString())).isZero();
        assertThat(out()).isEqualTo("added reviews.on_time_pct, 2026: 90 or more, amber within 5\n"
                + "added adoption.a1_average_days, 2026: 487 or less, no amber band\n");
        var stored = List.of("adoption.a1_average_days|2026|487|lower|0|command-line (targets.csv)",
                "reviews.on_time_pct|2026|90|higher|5|command-line (targets.csv)");
        assertThat(storedTargets()).isEqualTo(stored);

        var changed = file("targets-2.csv", """
                measure_key,year,target,direction
                reviews.on_time_pct,2026,95,higher
                missing.pct,2026,5,lower
                """);
        assertThat(run("import-targets", "--file", changed.toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("targets-2.csv: the target for reviews.on_time_pct, 2026 is already stored as 90 or "
                + "more, amber within 5; the file gives 95 or more, no amber band (--replace replaces stored targets)\n"
                + "import-targets: nothing was imported (1 problem)\n");
        assertThat(storedTargets()).isEqualTo(stored);

        var bad = file("bad.csv", "measure_key,year,target,direction\nmissing.pct,2026,5,down\n");
        assertThat(run("import-targets", "--file", bad.toString(), "--replace")).isEqualTo(2);
        assertThat(err()).isEqualTo("bad.csv, line 2, direction: 'down' is not higher or lower\n"
                + "import-targets: nothing was imported (1 problem)\n");
        assertThat(storedTargets()).isEqualTo(stored);

        assertThat(run("import-targets", "--file", changed.toString(), "--replace")).isZero();
        assertThat(out()).isEqualTo("added missing.pct, 2026: 5 or less, no amber band\n"
                + "replaced reviews.on_time_pct, 2026: 90 or more, amber within 5 -> 95 or more, no amber band\n");
        assertThat(storedTargets()).containsExactly(stored.get(0),
                "missing.pct|2026|5|lower|0|command-line (targets-2.csv)",
                "reviews.on_time_pct|2026|95|higher|0|command-line (targets-2.csv)");
    }

    private List<String> storedTargets() throws SQLException {
        return rows("select measure_key, target_year, target, direction, amber_tolerance, set_by from benchmark_target "
                + "order by measure_key");
    }
}
