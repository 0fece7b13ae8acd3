package org.ourpromise.reports;

import org.jspecify.annotations.Nullable;

/**
 * What the annual report is built with besides the return: the population for the rate per 10,000, published
 * comparators, local targets and the service's narrative.
 */
public record ReportOptions(@Nullable Integer population, BenchmarkTable benchmarks, Targets targets,
        ReportNarrative narrative) {

    /** No population, the shipped (cited) sample comparators, no targets, no narrative yet. */
    public static ReportOptions defaults() {
        return new ReportOptions(null, BenchmarkTable.sample(), Targets.none(), ReportNarrative.empty());
    }

    public ReportOptions withPopulation(@Nullable Integer p) {
        return new ReportOptions(p, benchmarks, targets, narrative);
    }

    public ReportOptions withBenchmarks(BenchmarkTable b) {
        return new ReportOptions(population, b, targets, narrative);
    }

    public ReportOptions withTargets(Targets t) {
        return new ReportOptions(population, benchmarks, t, narrative);
    }

    public ReportOptions withNarrative(ReportNarrative n) {
        return new ReportOptions(population, benchmarks, targets, n);
    }
}
