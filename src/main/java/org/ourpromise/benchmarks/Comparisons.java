package org.ourpromise.benchmarks;

import java.math.BigDecimal;
import org.ourpromise.reports.BenchmarkTable;
import org.ourpromise.reports.ComparisonSource;
import org.ourpromise.reports.Targets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comparators and targets the council keeps, as the pure report engines take them. {@link #revision()} changes
 * with every change to either, so whoever keeps reports built with them knows when to build again.
 */
@Service
public class Comparisons implements ComparisonSource {

    private final ComparatorStore comparators;
    private final TargetStore targets;
    private final JdbcTemplate jdbc;
    private final PopulationStore populations;

    Comparisons(ComparatorStore comparators, TargetStore targets, JdbcTemplate jdbc, PopulationStore populations) {
        this.populations = populations;
        this.comparators = comparators;
        this.targets = targets;
        this.jdbc = jdbc;
    }

    /** Every stored comparator; a source beginning "Illustrative" keeps the figure labelled as not published. */
    @Override
    @Transactional(readOnly = true)
    public BenchmarkTable comparators() {
        return BenchmarkTable.of(comparators.all().stream().map(StoredComparator::figure).toList());
    }

    /** Every stored target, each with its own amber tolerance. */
    @Override
    @Transactional(readOnly = true)
    public Targets targets() {
        return Targets.of(targets.all().stream().map(StoredTarget::target).toList(), BigDecimal.ZERO);
    }

    /** The population aged 0 to 17 set on the population page for the year. */
    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<Integer> population(int year) {
        return populations.find(year).map(PopulationStore.Stored::population);
    }

    /**
     * Sets a year's population aged 0 to 17 unless one is set already (the demo council's, on its first start);
     * false, and nothing written, when the year has one.
     */
    @Transactional
    public boolean setPopulationIfNone(int year, int population, String source, String setBy) {
        if (population <= 0) {
            throw new IllegalArgumentException("a population must be positive, not " + population);
        }
        return populations.find(year).isEmpty()
                && populations.set(year, population, source, setBy, org.ourpromise.casefile.StaleEdit.NONE);
    }

    /** Raised by every change to the comparators or targets, whichever process made it. */
    @Override
    @Transactional(readOnly = true)
    public long revision() {
        return Revision.current(jdbc);
    }
}
