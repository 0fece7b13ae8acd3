package org.ourpromise.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ourpromise.measures.MeasureCatalogue;

class BenchmarkTableTests {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        var f = dir.resolve("bench.csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    @DisplayName("docs/benchmarks-format.md columns in any order; thousands separators accepted; comments skipped")
    void readsRows() throws IOException {
        var t = BenchmarkTable.read(write("""
                # comment
                area,measure_key,year,value,source,table
                England,cla.at_31_march,2020,"80,080",EES 2020,CLA at 31 March
                North West,cla.at_31_march,2020,12000,Illustrative only,none
                """));
        assertThat(t.rows()).hasSize(2);
        var england = t.rows().get(0);
        assertThat(england.value()).isEqualByComparingTo("80080");
        assertThat(england.area()).isEqualTo("England");
        assertThat(england.illustrative()).isFalse();
        assertThat(t.rows().get(1).illustrative()).isTrue();
        assertThat(t.anyIllustrative()).isTrue();
    }

    @Test
    @DisplayName("a bad row is refused with file, line, column and what is wrong; every bad row listed")
    void badRowsGiveClearMessages() throws IOException {
        var f = write("""
                measure_key,year,area,value,source,table
                cla.at_31_march,2020,England,80080,EES 2020,t
                cla.at_31_march,20x0,England,lots,EES 2020,t
                cla.at_31_march,2021,England,1,,t
                """);
        assertThatThrownBy(() -> BenchmarkTable.read(f)).isInstanceOf(BenchmarkFormatException.class)
                .satisfies(e -> assertThat(((BenchmarkFormatException) e).problems()).containsExactly(
                        "bench.csv, line 3, year: '20x0' is not a whole number",
                        "bench.csv, line 3, value: 'lots' is not a number",
                        "bench.csv, line 4, source: missing; every comparator must name where it was published"));
    }

    @Test
    @DisplayName("a measure the year's catalogue lacks, two figures for one area and year, or an unkeepable number is refused")
    void catalogueDuplicatesAndPrecision() throws IOException {
        var f = write("""
                measure_key,year,area,value,source,table
                cla.at_31_march,2024,England,83630,s,t
                cla.at_31_march_typo,2024,England,1,s,t
                cla.at_31_march,2024,England,83631,s,t
                missing.average_incidents,2025,England,6.81234,s,t
                """);
        assertThatThrownBy(() -> BenchmarkTable.read(f)).isInstanceOf(BenchmarkFormatException.class)
                .satisfies(e -> assertThat(((BenchmarkFormatException) e).problems()).containsExactly(
                        "bench.csv, line 3, measure_key: 'cla.at_31_march_typo' is not a measure of the catalogue for "
                                + "2024 (domain/MEASURES.md)",
                        "bench.csv, line 4: a second figure for cla.at_31_march, 2024, England (the first is on line 2)",
                        "bench.csv, line 5, value: '6.81234' has more than 4 decimal places"));
    }

    @Test
    void missingColumnIsNamed() throws IOException {
        var f = write("measure_key,year,area,value,table\nx,2020,England,1,t\n");
        assertThatThrownBy(() -> BenchmarkTable.read(f))
                .hasMessage("bench.csv, line 1: header has no column 'source' (expected measure_key,year,area,value,source,table)");
    }

    @Test
    @DisplayName("comparators: per area the latest figure for the year or before, never a later year's")
    void latestPerAreaUpToTheYear() throws IOException {
        var t = BenchmarkTable.read(write("""
                measure_key,year,area,value,source,table
                cla.rate_per_10000,2020,England,67,s,t
                cla.rate_per_10000,2023,England,70,s,t
                cla.rate_per_10000,2024,England,71,s,t
                """));
        assertThat(t.comparators("cla.rate_per_10000", 2023)).singleElement()
                .satisfies(b -> assertThat(b.value()).isEqualByComparingTo("70"));
        assertThat(t.comparators("cla.rate_per_10000", 2019)).isEmpty();
        assertThat(t.comparators("cla.rate_per_10000", 2030).get(0).year()).isEqualTo(2024);
    }

    @Test
    @DisplayName("the shipped sample holds only the national figures DOMAIN.md §2 cites, each with a source")
    void sampleIsCited() {
        var sample = BenchmarkTable.sample();
        var keys = MeasureCatalogue.forYear(2026).keys();
        assertThat(sample.rows()).hasSize(10).allSatisfy(b -> {
            assertThat(keys).contains(b.measureKey());
            assertThat(b.source()).startsWith("DfE, ");
            assertThat(b.area()).isEqualTo("England");
            assertThat(b.illustrative()).isFalse();
        });
        assertThat(sample.comparators("stability.long_term_pct", 2024)).singleElement()
                .satisfies(b -> assertThat(b.value()).isEqualByComparingTo(new BigDecimal("68")));
        assertThat(sample.comparators("missing.average_incidents", 2025).get(0).value())
                .isEqualByComparingTo(new BigDecimal("6.8"));
        assertThat(sample.comparators("cla.rate_per_10000", 2020).get(0).value()).isEqualByComparingTo("67");
    }
}
