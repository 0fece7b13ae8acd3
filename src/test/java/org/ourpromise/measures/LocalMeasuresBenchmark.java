package org.ourpromise.measures;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import org.ourpromise.demo.SyntheticCouncil;

/**
 * Times {@link LocalMeasures#compute} over the synthetic council (not run by Surefire): by default 100,000 children
 * in the 2025-26 return with 5 years of history, as at 31 March 2026, for the collection year and for its twelve
 * months in one pass (the board pack's trend). CPU time is the process's (every thread, the collector's too). Run:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.ourpromise.measures.LocalMeasuresBenchmark [children] [rounds]}.
 */
public final class LocalMeasuresBenchmark {

    private LocalMeasuresBenchmark() {
    }

    public static void main(String[] args) {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        var asAt = LocalDate.of(2026, 3, 31);
        long g = System.nanoTime();
        var records = SyntheticCouncil.generate(children, 42, 2026, 5);
        System.out.printf("%,d records (%,d children in the 2025-26 return, 5 years of history) generated in %.1f s; "
                + "%d processors, JDK %s%n", records.size(), children, (System.nanoTime() - g) / 1e9,
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        var year = new MeasurePeriod(LocalDate.of(2025, 4, 1), asAt);
        var months = new ArrayList<MeasurePeriod>();
        for (var m = YearMonth.of(2025, 4); !m.isAfter(YearMonth.of(2026, 3)); m = m.plusMonths(1)) {
            months.add(new MeasurePeriod(m.atDay(1), m.atEndOfMonth()));
        }
        var settings = LocalMeasureSettings.defaults();
        var engine = org.ourpromise.timescales.DeadlineEngine.englandAndWales();
        var threads = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        LocalMeasureResults result = null;
        for (int round = 1; round <= rounds; round++) {
            long w = System.nanoTime();
            long c = threads.getProcessCpuTime();
            result = LocalMeasures.compute(records, year, asAt, settings);
            long yearWall = System.nanoTime() - w;
            long yearCpu = threads.getProcessCpuTime() - c;
            w = System.nanoTime();
            c = threads.getProcessCpuTime();
            LocalMeasures.compute(records, months, asAt, settings);
            long monthsWall = System.nanoTime() - w;
            long monthsCpu = threads.getProcessCpuTime() - c;
            // the floor: the deadline engine's items for every record, which the measures count
            w = System.nanoTime();
            c = threads.getProcessCpuTime();
            long items = 0;
            for (var r : records) {
                items += engine.dueItems(r, asAt, settings.timescales()).size();
            }
            System.out.printf("round %d: the year %.2f s wall, %.2f s CPU; its 12 months in one pass %.2f s wall, "
                    + "%.2f s CPU; the %,d due items alone %.2f s CPU%n", round, yearWall / 1e9, yearCpu / 1e9,
                    monthsWall / 1e9, monthsCpu / 1e9, items, (threads.getProcessCpuTime() - c) / 1e9);
        }
        result.values().forEach((k, v) -> System.out.printf("  %-42s %s (%d / %s)%n", k, v.value(), v.numerator(),
                v.denominator()));
    }
}
