package org.ourpromise.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.ourpromise.casefile.StaleEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.reports.Benchmark;
import org.ourpromise.reports.RagStatus;
import org.ourpromise.reports.Target;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The comparator and target tables, on whichever database the subclass chooses (H2 in the unit tests, PostgreSQL
 * in the integration tests): what is written is read back exactly, and every change moves the revision. The rows
 * are for 2001, a year no other test uses, and are removed afterwards.
 */
abstract class ComparisonsStoreContract extends WebTestSupport {

    @Autowired
    private ComparatorStore comparators;

    @Autowired
    private TargetStore targets;

    @Autowired
    private Comparisons comparisons;

    @AfterEach
    void removeTheRowsOf2001() {
        jdbc.update("delete from benchmark_comparator where comparator_year = 2001");
        jdbc.update("delete from benchmark_target where target_year = 2001");
        Revision.raise(jdbc);
    }

    @Test
    @DisplayName("first start stored the shipped sample, recorded as such")
    void theShippedSampleWasStoredOnFirstStart() {
        var stored = comparators.all().stream().filter(c -> c.importedFrom().equals(ShippedSample.FROM)).toList();
        assertThat(stored).hasSize(10).allSatisfy(c -> assertThat(c.importedBy()).isEqualTo(ShippedSample.BY));
        assertThat(stored.stream().map(StoredComparator::figure).toList())
                .containsExactlyInAnyOrderElementsOf(org.ourpromise.reports.BenchmarkTable.sample().rows());
    }

    @Test
    @DisplayName("comparators: added, replaced and read back exactly (83,630 stays 83630, 6.8 stays 6.8); revision moves")
    void comparatorsRoundTrip() {
        var england = new Benchmark("cla.at_31_march", 2001, "England", new BigDecimal("83630"), "DfE 2001", "CLA");
        var average = new Benchmark("missing.average_incidents", 2001, "North West", new BigDecimal("6.8"),
                "Illustrative only", "");
        var fine = new Benchmark("missing.pct", 2001, "England", new BigDecimal("0.0001"), "DfE 2001", "t");
        long before = comparisons.revision();
        comparators.write(comparators.plan(List.of(england, average, fine), false), "file.csv", "tester");
        assertThat(comparisons.revision()).isEqualTo(before + 1);
        var of2001 = comparators.all().stream().filter(c -> c.figure().year() == 2001).toList();
        assertThat(of2001).extracting(StoredComparator::figure).containsExactly(england, average, fine);
        assertThat(of2001.get(1).figure().illustrative()).isTrue();
        assertThat(of2001.get(0).importedFrom()).isEqualTo("file.csv");
        assertThat(comparisons.comparators().comparators("missing.average_incidents", 2001)).containsExactly(average);

        var again = comparators.plan(List.of(england, average), false);
        assertThat(again.unchanged()).isEqualTo(2);
        var corrected = new Benchmark("cla.at_31_march", 2001, "England", new BigDecimal("83700"), "DfE 2001 revised", "CLA");
        var refused = comparators.plan(List.of(corrected), false);
        assertThat(refused.refused()).hasSize(1);
        assertThatThrownBy(() -> comparators.write(refused, "f", "t")).isInstanceOf(IllegalStateException.class);
        comparators.write(comparators.plan(List.of(corrected), true), "file2.csv", "tester");
        // stored as imported; a count is not shown beside the council's count (like for like), so read the rows
        assertThat(comparisons.comparators().rows()).filteredOn(b -> b.measureKey().equals("cla.at_31_march")
                && b.year() == 2001).containsExactly(corrected);
        assertThat(comparisons.revision()).isEqualTo(before + 2);
    }

    @Test
    @DisplayName("targets: set, replaced, removed, each with its own amber band; revision moves with each")
    void targetsSetReplaceRemove() {
        long before = comparisons.revision();
        var target = new Target("reviews.on_time_pct", 2001, new BigDecimal("90.5"), Target.Direction.HIGHER_IS_BETTER,
                new BigDecimal("2.25"));
        assertThat(targets.set(target, "perf1", StaleEdit.NONE).before()).isNull();
        assertThat(targets.set(target, "perf9", StaleEdit.NONE).saved()).as("a second first save is stale").isFalse();
        assertThat(targets.find("reviews.on_time_pct", 2001)).get().satisfies(s -> {
            assertThat(s.target()).isEqualTo(target);
            assertThat(s.setBy()).isEqualTo("perf1");
        });
        // 90.5 - 2.25 = 88.25 is the edge of amber
        assertThat(comparisons.targets().rag("reviews.on_time_pct", 2001, new BigDecimal("88.25"))).isEqualTo(RagStatus.AMBER);
        assertThat(comparisons.targets().rag("reviews.on_time_pct", 2001, new BigDecimal("88.24"))).isEqualTo(RagStatus.RED);
        var lower = new Target("reviews.on_time_pct", 2001, new BigDecimal("10"), Target.Direction.LOWER_IS_BETTER,
                BigDecimal.ZERO);
        assertThat(targets.set(lower, "perf2", 0).before()).extracting(StoredTarget::target).isEqualTo(target);
        assertThat(targets.set(target, "perf9", 0).saved()).as("a save from the page opened at version 0").isFalse();
        assertThat(targets.forYear(2001)).extracting(StoredTarget::target).containsExactly(lower);
        assertThat(targets.remove("reviews.on_time_pct", 2001, 0)).as("stale: version 1 is saved").isEmpty();
        assertThat(targets.remove("reviews.on_time_pct", 2001, 1)).get().extracting(StoredTarget::target).isEqualTo(lower);
        assertThat(targets.remove("reviews.on_time_pct", 2001, 1)).isEmpty();
        assertThat(targets.forYear(2001)).isEmpty();
        assertThat(comparisons.revision()).isEqualTo(before + 3);
    }

    @Test
    @DisplayName("the schema refuses a direction other than higher or lower, a negative band, a second target")
    void theSchemaGuardsTheRules() {
        String insert = "insert into benchmark_target (measure_key, target_year, target, direction, amber_tolerance, "
                + "set_by, set_at) values (?, 2001, 1, ?, ?, 'x', current_timestamp)";
        assertThatThrownBy(() -> jdbc.update(insert, "missing.pct", "up", 0))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, "missing.pct", "lower", -1))
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update(insert, "missing.pct", "lower", 0);
        assertThatThrownBy(() -> jdbc.update(insert, "missing.pct", "higher", 0))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
