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
    void readsCsvAndReportsBadRows(@TempDir Path dir) throws IOException {
        var good = dir.resolve("targets.csv");
        Files.writeString(good, "measure_key,year,target,direction\nstability.long_term_pct,2026,70,higher\n");
        assertThat(Targets.read(good, BigDecimal.ONE).rag("stability.long_term_pct", 2026, new BigDecimal("69")))
                .isEqualTo(RagStatus.AMBER);
        var bad = dir.resolve("bad.csv");
        Files.writeString(bad, "measure_key,year,target,direction\nx,2026,70,upwards\n");
        assertThatThrownBy(() -> Targets.read(bad, BigDecimal.ONE)).isInstanceOf(BenchmarkFormatException.class)
                .hasMessage("bad.csv, line 2: direction 'upwards' is not higher or lower");
    }
}
