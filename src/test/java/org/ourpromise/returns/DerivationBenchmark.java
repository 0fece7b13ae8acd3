package org.ourpromise.returns;

import java.util.List;
import org.ourpromise.record.ChildRecord;

/**
 * National scale: derives the return of 100,000 random children with 5 history years, and reads it
 * back into records. Run by hand (not a test): prints timings and row counts, asserts nothing.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.ourpromise.returns.DerivationBenchmark}
 */
public final class DerivationBenchmark {

    private DerivationBenchmark() {
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    public static void main(String[] args) {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int year = 2026;
        List<ChildRecord> records = RandomChildren.of(42, children, year);
        Ssda903Return ret = null;
        var cpu = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run <= 5; run++) {
            long c0 = cpu.getProcessCpuTime();
            long t0 = System.nanoTime();
            ret = Ssda903Derivation.derive(records, year, 5);
            long t1 = System.nanoTime();
            long c1 = cpu.getProcessCpuTime();
            var back = ReturnToRecords.toRecords(ret, year);
            long t2 = System.nanoTime();
            long c2 = cpu.getProcessCpuTime();
            Ssda903Derivation.derive(back, year, 0);
            long t3 = System.nanoTime();
            long c3 = cpu.getProcessCpuTime();
            System.out.printf("run %d (wall / process cpu ms): derive K=5 %d / %d, toRecords %d / %d, derive K=0 of those %d / %d%n",
                    run, ms(t1 - t0), ms(c1 - c0), ms(t2 - t1), ms(c2 - c1), ms(t3 - t2), ms(c3 - c2));
        }
        for (var t : Ssda903Table.values()) {
            System.out.printf("%-15s %,d rows%n", t.dfeName(), ret.rows(t).size());
        }
    }
}
