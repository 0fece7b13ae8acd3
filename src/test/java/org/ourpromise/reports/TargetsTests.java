package org.ourpromise.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetsTests {

    @ParameterizedTest(name = "{0} better, target {1}, tolerance {2}: value {3} is {4}")
    @DisplayName("RAG edges: exactly on target is green, exactly at tolerance amber, just outside red")
    @CsvSource({
            "higher, 70, 5, 70,   GREEN",
            "higher, 70, 5, 70.1, GREEN",
            "higher, 70, 5, 69.9, AMBER",
            "higher, 70, 5, 65,   AMBER",
            "higher, 70, 5, 64.9, RED",
            "higher, 70, 0, 69.9, RED",
            "lower,  10, 2, 10,   GREEN",
            "lower,  10, 2, 9.9,  GREEN",
            "lower,  10, 2, 12,   AMBER",
            "lower,  10, 2, 12.1, RED",
            "lower,  487, 30, 517, AMBER",
            "lower,  487, 30, 518, RED",
    })
    void ragEdges(String direction, BigDecimal target, BigDecimal tolerance, BigDecimal value, RagStatus expected) {
        var dir = direction.equals("higher") ? Target.Direction.HIGHER_IS_BETTER : Target.Direction.LOWER_IS_BETTER;
        var targets = Targets.of(List.of(new Target("m", 2026, target, dir)), tolerance);
        assertThat(targets.rag("m", 2026, value)).isEqualTo(expected);
    }

    @Test
    @DisplayName("no target for the measure or year, or no value: no status, said in words")
    void noTargetOrValue() {
        var targets = Targets.of(List.of(new Target("m", 2026, BigDecimal.TEN, Target.Direction.HIGHER_IS_BETTER)),
                BigDecimal.ONE);
        assertThat(targets.rag("m", 2025, BigDecimal.TEN)).isEqualTo(RagStatus.NO_TARGET);
        assertThat(targets.rag("other", 2026, BigDecimal.TEN)).isEqualTo(RagStatus.NO_TARGET);
        assertThat(targets.rag("m", 2026, null)).isEqualTo(RagStatus.NO_VALUE);
        assertThat(RagStatus.AMBER.shown()).isEqualTo("Amber: within tolerance of the target");
    }

    @Test
    @DisplayName("docs/benchmarks-format.md targets: columns in any order, an optional tolerance of the target's own")
    void readsCsvWithOwnTolerances(@TempDir Path dir) throws IOException {
        var good = dir.resolve("targets.csv");
        Files.writeString(good, """
                # the amber band is in the measure's units: percentage points here
                year,measure_key,direction,target,tolerance
                2026,stability.long_term_pct,higher,70,
                2026,reviews.on_time_pct,HIGHER,90,5
                2026,adoption.a1_average_days,lower,487,30
                """);
        var targets = Targets.read(good, BigDecimal.ONE);
        assertThat(targets.all()).hasSize(3);
        // no tolerance column value: the set's (1)
        assertThat(targets.rag("stability.long_term_pct", 2026, new BigDecimal("69"))).isEqualTo(RagStatus.AMBER);
        assertThat(targets.rag("stability.long_term_pct", 2026, new BigDecimal("68.9"))).isEqualTo(RagStatus.RED);
        // its own 5 points: 85 is amber, 84.9 red
        assertThat(targets.rag("reviews.on_time_pct", 2026, new BigDecimal("85"))).isEqualTo(RagStatus.AMBER);
        assertThat(targets.rag("reviews.on_time_pct", 2026, new BigDecimal("84.9"))).isEqualTo(RagStatus.RED);
        assertThat(targets.rag("adoption.a1_average_days", 2026, new BigDecimal("517"))).isEqualTo(RagStatus.AMBER);
        assertThat(targets.rag("adoption.a1_average_days", 2026, new BigDecimal("518"))).isEqualTo(RagStatus.RED);
    }

    @Test
    @DisplayName("a bad targets file is refused whole: every problem with its line and column")
    void readsCsvAndReportsBadRows(@TempDir Path dir) throws IOException {
        var bad = dir.resolve("bad.csv");
        Files.writeString(bad, """
                measure_key,year,target,direction,tolerance
                stability.long_term_pct,2026,70,upwards,
                no.such.measure,2026,70,higher,
                reviews.on_time_pct,2026,ninety,higher,-1
                stability.long_term_pct,2026,71,higher,
                reviews.on_time_pct,1999,90.12345,lower,
                """);
        assertThatThrownBy(() -> Targets.read(bad, BigDecimal.ONE)).isInstanceOf(BenchmarkFormatException.class)
                .satisfies(e -> assertThat(((BenchmarkFormatException) e).problems()).containsExactly(
                        "bad.csv, line 2, direction: 'upwards' is not higher or lower",
                        "bad.csv, line 3, measure_key: 'no.such.measure' is not a measure of the catalogue for 2026 "
                                + "(domain/MEASURES.md)",
                        "bad.csv, line 4, target: 'ninety' is not a number",
                        "bad.csv, line 4, tolerance: '-1' is negative; give how far below (or above) the target is "
                                + "still amber, 0 or more",
                        "bad.csv, line 6, year: '1999' is not a collection year between 2000 and 2100",
                        "bad.csv, line 6, target: '90.12345' has more than 4 decimal places"));
        var twice = dir.resolve("twice.csv");
        Files.writeString(twice, "measure_key,year,target,direction\nmissing.pct,2026,5,lower\nmissing.pct,2026,6,lower\n");
        assertThatThrownBy(() -> Targets.read(twice, BigDecimal.ZERO))
                .hasMessage("twice.csv, line 3: a second target for missing.pct in 2026 (the first is on line 2)");
        var noDirection = dir.resolve("header.csv");
        Files.writeString(noDirection, "measure_key,year,target\nmissing.pct,2026,5\n");
        assertThatThrownBy(() -> Targets.read(noDirection, BigDecimal.ZERO)).hasMessage("header.csv, line 1: header "
                + "has no column 'direction' (expected measure_key,year,target,direction, and optionally tolerance)");
    }
}
