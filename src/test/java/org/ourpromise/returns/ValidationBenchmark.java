package org.ourpromise.returns;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ourpromise.demo.SyntheticCouncil;
import org.ourpromise.returns.rules.RuleBook;
import org.ourpromise.returns.rules.RuleContext;

/**
 * The yardstick: a return of 100,000 children (all tables), validated by every rule of the
 * year, in under 10 seconds and 2 GiB of heap on 2 cores. Not a test (Surefire runs *Tests only):
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.ourpromise.returns.ValidationBenchmark [children] [--per-rule] [--year Y]
 * </pre>
 *
 * For each collection year 2024..2027 it builds the return (from {@link SyntheticCouncil} records
 * through {@link Ssda903Derivation} where that is available, else {@link NationalScaleReturn}) and
 * last year's, with the Ofsted list, a postcode directory and the council's LA code so every rule
 * runs, then prints the wall time of {@link ReturnValidator#validate} and the peak heap during it.
 * {@code --per-rule} also times each rule alone on one shared context and lists the slowest.
 */
public final class ValidationBenchmark {

    private ValidationBenchmark() {
    }

    public static void main(String[] args) {
        int children = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 100_000;
        boolean perRule = List.of(args).contains("--per-rule");
        var reference = ReferenceData.withProviders(NationalScaleReturn.providers(), NationalScaleReturn.COUNCIL)
                .withPostcodes(NationalScaleReturn.postcodes());
        System.out.printf("%d children, %d processors, max heap %d MiB%n", children,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        var years = RuleCatalogue.YEARS.stream().filter(y -> !List.of(args).contains("--year")
                || List.of(args).get(List.of(args).indexOf("--year") + 1).equals(String.valueOf(y))).toList();
        for (int year : years) {
            var current = build(children, year);
            var previous = build(children, year - 1);
            for (int round = 1; round <= 2; round++) {
                System.gc();
                resetPeaks();
                long cpu = processCpuNanos();
                long started = System.nanoTime();
                var report = ReturnValidator.validate(current, Optional.of(previous), year, reference);
                long millis = (System.nanoTime() - started) / 1_000_000;
                System.out.printf("%d round %d: %d children, %d rows, %d rules run, %d skipped, %d failures, wall %d ms,"
                        + " process cpu %d ms, peak heap %d MiB%n", year, round, current.rows(Ssda903Table.HEADER).size(),
                        current.size(), report.rulesRun().size(), report.skipped().size(), report.failures().size(),
                        millis, (processCpuNanos() - cpu) / 1_000_000, peakHeap() >> 20);
            }
            if (perRule) {
                timeEachRule(current, previous, year, reference);
            }
        }
    }

    private static Ssda903Return build(int children, int year) {
        if (derivationAvailable(year)) {
            return Ssda903Derivation.derive(SyntheticCouncil.generate(children, 7, year, 0), year, 0);
        }
        return NationalScaleReturn.of(children, 7, year);
    }

    /** Whether the derivation of the return from records has been merged (a placeholder throws). */
    private static boolean derivationAvailable(int year) {
        try {
            Ssda903Derivation.derive(List.of(), year, 0);
            return true;
        } catch (UnsupportedOperationException notYetMerged) {
            return false;
        }
    }

    /** Each rule alone on one context (indexes already built), slowest first. */
    private static void timeEachRule(Ssda903Return current, Ssda903Return previous, int year, ReferenceData reference) {
        var ctx = new RuleContext(current, Optional.of(previous), year, reference);
        var threads = ManagementFactory.getThreadMXBean();
        long indexing = threads.getCurrentThreadCpuTime();
        RuleBook.all().values().forEach(rule -> rule.check(ctx, row -> { }));
        System.out.printf("  first pass (builds the indexes): cpu %d ms%n",
                (threads.getCurrentThreadCpuTime() - indexing) / 1_000_000);
        var times = new ArrayList<Map.Entry<String, Long>>();
        for (var code : RuleCatalogue.forYear(year).keySet()) {
            var rule = RuleBook.all().get(code);
            if (rule == null || rule.cannotRun(ctx).isPresent()) {
                continue;
            }
            long started = threads.getCurrentThreadCpuTime();
            rule.check(ctx, row -> { });
            times.add(Map.entry(code, threads.getCurrentThreadCpuTime() - started));
        }
        times.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        long total = times.stream().mapToLong(Map.Entry::getValue).sum();
        System.out.printf("  %d rules alone, indexes built: cpu %d ms in all; slowest:", times.size(), total / 1_000_000);
        times.stream().limit(15).forEach(t -> System.out.printf(" %s %d ms,", t.getKey(), t.getValue() / 1_000_000));
        System.out.println();
    }

    /**
     * CPU time of the whole process (validation threads, GC, JIT): on a machine shared with other
     * work, wall time overstates what validation needs; on two free cores wall is about cpu / threads.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound on the heap in use at any one moment. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
