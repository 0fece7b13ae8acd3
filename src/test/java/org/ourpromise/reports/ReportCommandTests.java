package org.ourpromise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ourpromise.PromiseCommandLine;

/** {@code report --in DIR --year Y --out FILE.pdf} (DESIGN.md command line). */
class ReportCommandTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PromiseCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("writes the HTML report and lists the sections whose narrative is still to be written")
    void writesReport() throws IOException {
        var in = Files.createDirectory(dir.resolve("in"));
        GeneratedReturns.of(150, 2026, 1).writeCsv(in, 2026);
        var html = dir.resolve("report.html");
        assertThat(run("report", "--in", in.toString(), "--year", "2026", "--out", html.toString())).isEqualTo(0);
        assertThat(Files.readString(html)).contains("<svg ").contains("Children in Care and Permanence Annual Report");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("report: Narrative: to be written by the service (10 sections): Numbers of children in care");
    }

    @Test
    @DisplayName("a bad comparator file: one line per problem, exit 2, no stack trace, no report")
    void badBenchmarks() throws IOException {
        var in = Files.createDirectory(dir.resolve("in"));
        GeneratedReturns.of(150, 2026, 1).writeCsv(in, 2026);
        var csv = dir.resolve("bench.csv");
        Files.writeString(csv, "measure_key,year,area,value,source,table\ncla.at_31_march,2026,England,many,EES,t\n");
        var pdf = dir.resolve("r.pdf");
        assertThat(run("report", "--in", in.toString(), "--year", "2026", "--out", pdf.toString(), "--benchmarks",
                csv.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("bench.csv, line 2, value: 'many' is not a number");
        assertThat(pdf).doesNotExist();
    }
}
