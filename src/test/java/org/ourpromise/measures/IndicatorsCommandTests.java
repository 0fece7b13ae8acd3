package org.ourpromise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ourpromise.PromiseCommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code indicators} command (DESIGN.md command line; MEASURES.md §9 output). */
class IndicatorsCommandTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PromiseCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static ReturnFixture sample() {
        return ReturnFixture.create()
                .child("A", "F", "01/01/2015", "WBRI").episode("A", "01/01/2024", "", "S", "C2", "U4", "")
                .child("B", "M", "01/01/2012", "BAFR").episode("B", "01/05/2025", "", "S", "V2", "K2", "")
                // history: a period of an earlier year, in the same tables
                .child("H", "M", "01/01/2010", "WBRI").episode("H", "01/01/2019", "01/01/2021", "S", "C2", "U4", "E8")
                .review("A", "10/06/2025", "PN1");
    }

    @Test
    @DisplayName("MEASURES §9: year, start, end, parameters and every catalogue key, numbers as numbers, null as null")
    void printsEveryMeasure() throws IOException {
        sample().build().writeCsv(dir, 2026);
        assertThat(run("indicators", "--in", dir.toString(), "--year", "2026")).isEqualTo(0);
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("year").asInt()).isEqualTo(2026);
        assertThat(json.get("start").asString()).isEqualTo("2025-04-01");
        assertThat(json.get("end").asString()).isEqualTo("2026-03-31");
        assertThat(json.get("parameters").get("population").isNull()).isTrue();
        assertThat(json.get("parameters").get("exclude_temporary").asBoolean()).isTrue();
        assertThat(json.get("parameters").get("a3_threshold_days").asInt()).isEqualTo(426);
        var keys = new ArrayList<String>();
        json.get("measures").propertyNames().forEach(keys::add);
        assertThat(keys).containsExactlyElementsOf(MeasureCatalogue.forYear(2026).keys());
        var cla = json.get("measures").get("cla.at_31_march");
        assertThat(cla.get("value").isIntegralNumber()).isTrue();
        assertThat(cla.get("value").asInt()).isEqualTo(2);
        assertThat(cla.get("numerator").asInt()).isEqualTo(2);
        assertThat(cla.get("denominator").isNull()).isTrue();
        var s20 = json.get("measures").get("starts.s20_pct");
        assertThat(s20.get("value").isNumber()).isTrue();
        assertThat(s20.get("value").asDouble()).isEqualTo(100.0);
        assertThat(json.get("measures").get("cla.rate_per_10000").get("value").isNull()).isTrue();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("indicators: 2026:");
    }

    @Test
    @DisplayName("--population gives the rate; --out writes the file instead of stdout")
    void populationAndOut() throws IOException {
        sample().build().writeCsv(dir.resolve("in"), 2026);
        var file = dir.resolve("indicators.json");
        assertThat(run("indicators", "--in", dir.resolve("in").toString(), "--year", "2026", "--population", "8000",
                "--out", file.toString())).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(json.get("parameters").get("population").asInt()).isEqualTo(8000);
        var rate = json.get("measures").get("cla.rate_per_10000");
        assertThat(rate.get("value").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(rate.get("denominator").asInt()).isEqualTo(8000);
    }

    @Test
    @DisplayName("bad input: one line per problem naming file, row and column; exit 2, no stack trace")
    void badDates() {
        ReturnFixture.create().episode("A", "31/02/2025", "", "S", "C2", "U4", "")
                .episode("B", "01/01/2025", "2025-06-01", "S", "C2", "U4", "E8")
                .review("A", "", "PN1")
                .build().writeCsv(dir, 2026);
        assertThat(run("indicators", "--in", dir.toString(), "--year", "2026")).isEqualTo(2);
        var lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly(
                "episodes.csv, row 1, DECOM: '31/02/2025' is not a date as dd/mm/yyyy (child A)",
                "episodes.csv, row 2, DEC: '2025-06-01' is not a date as dd/mm/yyyy (child B)",
                "reviews.csv, row 1, REVIEW: missing; the measures need it (child A)");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    @DisplayName("bad arguments: missing year, not a directory, a population that is not a number")
    void badArguments() {
        assertThat(run("indicators", "--in", dir.toString())).isEqualTo(2);
        assertThat(run("indicators", "--in", dir.resolve("nowhere").toString(), "--year", "2026")).isEqualTo(2);
        assertThat(run("indicators", "--in", dir.toString(), "--year", "2026", "--population", "many")).isEqualTo(2);
        assertThat(run("indicators", "--in", dir.toString(), "--year", "2026")).as("no csv files").isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(4)
                .allSatisfy(l -> assertThat(l).doesNotContain("Exception"));
    }

    @Test
    @DisplayName("header.csv missing: exit 2 naming the Header table, no figures written (never a wrong figure)")
    void missingTable() throws IOException {
        sample().build().writeCsv(dir, 2026);
        Files.delete(dir.resolve("header.csv"));
        Files.delete(dir.resolve("oc3.csv"));
        assertThat(run("indicators", "--in", dir.toString(), "--year", "2026")).isEqualTo(2);
        var lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("no Header table (header.csv");
        assertThat(lines.get(1)).contains("no OC3 table (oc3.csv");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    @DisplayName("a file that is not UTF-8 (Windows-1252 é on line 4) is reported with file and line, exit 2")
    void notUtf8() throws IOException {
        sample().build().writeCsv(dir, 2026);
        var header = Files.readAllLines(dir.resolve("header.csv"));
        var bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < header.size(); i++) {
            String line = i == 3 ? header.get(i).replace("WBRI", "WBR\u00e9") : header.get(i);
            bytes.write(line.getBytes(java.nio.charset.Charset.forName("windows-1252")));
            bytes.write('\n');
        }
        Files.write(dir.resolve("header.csv"), bytes.toByteArray());
        assertThat(run("indicators", "--in", dir.toString(), "--year", "2026")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("header.csv, line 4: not UTF-8 text (byte 0xE9); save the file as UTF-8 and try again");
    }

    @Test
    @DisplayName("a UTF-8 file with a byte order mark is read as before")
    void byteOrderMark() throws IOException {
        sample().build().writeCsv(dir, 2026);
        var file = dir.resolve("header.csv");
        Files.writeString(file, "\uFEFF" + Files.readString(file));
        assertThat(run("indicators", "--in", dir.toString(), "--year", "2026")).isEqualTo(0);
    }
}
