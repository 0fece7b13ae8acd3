package org.ourpromise.demo;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.ourpromise.record.ChildRecord;

/**
 * Times {@link SyntheticCouncil#generate} for 10,000 and 100,000 children with 0 and 5 years of
 * history (the figures in docs/benchmarks.md). Not a test: run it by hand with the test classpath,
 * e.g. {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.ourpromise.demo.GenerateBenchmark}.
 *
 * <p>Arguments: {@code [children,...] [--history K,...] [--repeat R] [--fingerprint] [--heap]}. With
 * {@code --fingerprint} it also prints a SHA-256 of every record's text, to show that a change
 * to the simulation's speed left its output for a seed as it was; with {@code --heap}, the heap
 * the records hold once garbage is collected.
 */
public final class GenerateBenchmark {

    private static final long SEED = 42;
    private static final int YEAR = 2026;

    private GenerateBenchmark() {
    }

    public static void main(String[] args) throws NoSuchAlgorithmException {
        int[] sizes = {10_000, 100_000};
        int[] histories = {0, 5};
        int repeat = 3;
        boolean fingerprint = false;
        boolean heap = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--history" -> histories = ints(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--fingerprint" -> fingerprint = true;
                case "--heap" -> heap = true;
                default -> sizes = ints(args[i]);
            }
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("machine: %d cores, %s %s, JDK %s, max heap %d MB, load average %.1f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.version(), Runtime.getRuntime().maxMemory() >> 20, os.getSystemLoadAverage());
        // Warm up the JIT on a small council so the first timed run is not mostly compilation.
        SyntheticCouncil.generate(2_000, 1, YEAR, 5);
        for (int children : sizes) {
            for (int history : histories) {
                for (int r = 0; r < repeat; r++) {
                    run(children, history, fingerprint && r == 0, heap && r == 0);
                }
            }
        }
    }

    private static void run(int children, int history, boolean fingerprint, boolean heap) throws NoSuchAlgorithmException {
        long cpu0 = processCpuNanos();
        long wall0 = System.nanoTime();
        List<ChildRecord> records = SyntheticCouncil.generate(children, SEED, YEAR, history);
        long wall = System.nanoTime() - wall0;
        long cpu = processCpuNanos() - cpu0;
        long episodes = records.stream().mapToLong(r -> r.episodes().size()).sum();
        System.out.printf("generate(%,d, %d, %d, %d): %,d records, %,d episodes, wall %.2f s, process CPU %.2f s%s%n",
                children, SEED, YEAR, history, records.size(), episodes, wall / 1e9, cpu / 1e9,
                fingerprint ? ", sha256 " + fingerprint(records) : "");
        if (heap) {
            System.gc();
            var memory = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            System.out.printf("  heap in use holding the records: %,d MB%n", memory.getUsed() >> 20);
        }
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static String fingerprint(List<ChildRecord> records) throws NoSuchAlgorithmException {
        var digest = MessageDigest.getInstance("SHA-256");
        for (var r : records) {
            digest.update(r.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static int[] ints(String list) {
        String[] parts = list.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i].replace("_", ""));
        }
        return out;
    }
}
