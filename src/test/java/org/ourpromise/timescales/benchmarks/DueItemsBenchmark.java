package org.ourpromise.timescales.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.timescales.DeadlineEngine;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.DueItem;
import org.ourpromise.timescales.DueStatus;
import org.ourpromise.timescales.SyntheticChildren;
import org.ourpromise.timescales.TimescaleSettings;

/**
 * Due items for N synthetic children with five years of history (1 April 2021 to 31 March 2026). Not
 * a Surefire test: run its main on the test class path. Arguments: children (default 100000), rounds
 * (default 3). Records are built in chunks of 10,000 (building is not timed) so that the heap stays
 * small; each round reports wall-clock and CPU time on one thread, and wall-clock on all processors.
 * CPU time is the figure to trust on a shared machine. Ends with the mix of rules and statuses of the
 * first chunk, so the figure can be judged against the work done.
 */
public final class DueItemsBenchmark {

    private static final int CHUNK = 10_000;
    private static final LocalDate FROM = LocalDate.of(2021, 4, 1);
    private static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);

    private DueItemsBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        var engine = DeadlineEngine.englandAndWales();
        var settings = TimescaleSettings.defaults();
        var threads = ManagementFactory.getThreadMXBean();
        System.out.printf("%,d children, %d processors, JDK %s, %s%n", n, Runtime.getRuntime().availableProcessors(),
                Runtime.version(), System.getProperty("os.arch"));
        for (int round = 1; round <= rounds; round++) {
            long wall = 0;
            long cpu = 0;
            long parallelWall = 0;
            long items = 0;
            for (int from = 0; from < n; from += CHUNK) {
                var children = chunk(from, Math.min(n, from + CHUNK));
                long w = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                for (var child : children) {
                    items += engine.dueItems(child, AS_AT, settings).size();
                }
                cpu += threads.getCurrentThreadCpuTime() - c;
                wall += System.nanoTime() - w;
                w = System.nanoTime();
                children.parallelStream().forEach(child -> engine.dueItems(child, AS_AT, settings));
                parallelWall += System.nanoTime() - w;
            }
            System.out.printf("round %d: %,d items; one thread %.2f s wall, %.2f s CPU (%.1f µs CPU per child); "
                    + "all processors %.2f s wall%n", round, items, wall / 1e9, cpu / 1e9, cpu / 1e3 / n, parallelWall / 1e9);
        }
        summarise(chunk(0, Math.min(n, CHUNK)), engine, settings);
    }

    private static List<ChildRecord> chunk(int from, int to) {
        var children = new ArrayList<ChildRecord>(to - from);
        for (int i = from; i < to; i++) {
            children.add(SyntheticChildren.child(i, "C" + i, FROM, AS_AT));
        }
        return children;
    }

    private static void summarise(List<ChildRecord> children, DeadlineEngine engine, TimescaleSettings settings) {
        Map<DeadlineRule, int[]> counts = new EnumMap<>(DeadlineRule.class);
        for (var c : children) {
            for (DueItem i : engine.dueItems(c, AS_AT, settings)) {
                counts.computeIfAbsent(i.rule(), r -> new int[DueStatus.values().length])[i.status().ordinal()]++;
            }
        }
        System.out.printf("%-42s %9s %9s %9s %9s%n", "rule (first chunk)", "on time", "late", "due", "overdue");
        counts.forEach((rule, c) -> System.out.printf("%-42s %9d %9d %9d %9d%n", rule, c[0], c[1], c[2], c[3]));
    }
}
