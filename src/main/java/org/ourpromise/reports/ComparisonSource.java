package org.ourpromise.reports;

/**
 * Where the reports' comparators and targets come from. The council keeps them in the {@code benchmarks} module,
 * which implements this; the report pages ask through it so that {@code benchmarks} (which uses the engine's
 * types) and the report pages do not depend on each other in a circle.
 */
public interface ComparisonSource {

    /** Every comparator the council keeps. */
    BenchmarkTable comparators();

    /** Every target the council keeps. */
    Targets targets();

    /**
     * The population aged 0 to 17 (the ONS mid-year estimate) the council has set for the collection year ending
     * 31 March {@code year}, if any; a change to it changes {@link #revision()} too.
     */
    default java.util.Optional<Integer> population(int year) {
        return java.util.Optional.empty();
    }

    /** Changes with every change to either, so whoever keeps reports built with them knows when to build again. */
    long revision();
}
