package org.ourpromise.measures;

/**
 * Times {@link MeasureEngine#compute} on a national-scale return: 100,000 children with up to five years of
 * episodes and their other tables (not run by Surefire). Run:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.ourpromise.measures.MeasureEngineBenchmark [children]}.
 */
public final class MeasureEngineBenchmark {

    private MeasureEngineBenchmark() {
    }

    public static void main(String[] args) {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int year = 2026;
        long t0 = System.nanoTime();
        var ret = RandomReturn.generate(42, year, children, 4);
        long t1 = System.nanoTime();
        System.out.printf("generated %,d rows (%,d episodes) for %,d children in %d ms%n", ret.size(),
                ret.rows(org.ourpromise.returns.Ssda903Table.EPISODES).size(), children, (t1 - t0) / 1_000_000);
        MeasureResults results = null;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= 5; run++) {
            long s = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            results = MeasureEngine.compute(ret, MeasureParameters.forYear(year).withPopulation(children * 10));
            // CPU time of this thread as well as wall time: the machine is shared, wall time varies with its load.
            System.out.printf("run %d: %d measures in %d ms wall, %d ms cpu%n", run, results.values().size(),
                    (System.nanoTime() - s) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
        // Where the time goes: the indexed view once, then each family.
        var parameters = MeasureParameters.forYear(year);
        long h = System.nanoTime();
        var care = org.ourpromise.measures.cohort.CareHistory.of(ret, parameters);
        System.out.printf("  care history: %d ms%n", (System.nanoTime() - h) / 1_000_000);
        for (var family : org.ourpromise.measures.compute.MeasureFamily.all()) {
            long f = System.nanoTime();
            family.compute(care);
            System.out.printf("  %-25s %d ms%n", family.getClass().getSimpleName(), (System.nanoTime() - f) / 1_000_000);
        }
        for (var key : new String[] {"cla.at_31_march", "cla.during_year", "starts.periods", "ceased.periods",
                "stability.three_plus_placements_pct", "stability.long_term_pct", "oc2.cohort", "oc3.cohort.all",
                "adoption.a1_average_days", "missing.pct", "reviews.held", "reviews.on_time_pct"}) {
            var v = results.get(key);
            System.out.printf("  %-40s %s (%d / %s)%n", key, v.value(), v.numerator(), v.denominator());
        }
    }
}
