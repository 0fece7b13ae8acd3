package org.ourpromise.returns;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import org.ourpromise.demo.SyntheticCouncil;

/**
 * National scale for the XML return and Annex A: 100,000 generated children, derived, written as XML,
 * validated against the year's schema and read back; then Annex A lists 8 and 9 as at 31 March and their
 * workbook. Run by hand (not a test): prints wall and process CPU times, asserts nothing.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.ourpromise.returns.XmlBenchmark [children] [year]}
 */
public final class XmlBenchmark {

    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private long wall = System.nanoTime();
    private long cpu = CPU.getProcessCpuTime();

    private XmlBenchmark() {
    }

    /** "wall / cpu ms" since the last lap. */
    private String lap() {
        long w = System.nanoTime();
        long c = CPU.getProcessCpuTime();
        var text = (w - wall) / 1_000_000 + " / " + (c - cpu) / 1_000_000 + " ms";
        wall = w;
        cpu = c;
        return text;
    }

    public static void main(String[] args) throws Exception {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int year = args.length > 1 ? Integer.parseInt(args[1]) : 2026;
        var clock = new XmlBenchmark();
        var records = SyntheticCouncil.generate(children, 42, year, 0);
        var ret = Ssda903Derivation.derive(records, year, 0);
        System.out.printf("generate + derive %,d children (wall / process cpu): %s, %,d rows%n", children, clock.lap(), ret.size());
        var file = Files.createTempFile("ssda903-", ".xml");
        var book = Files.createTempFile("annex-a-", ".xlsx");
        try {
            for (int run = 1; run <= 3; run++) {
                clock.lap();
                Ssda903Xml.write(ret, year, file);
                String write = clock.lap();
                var problems = Ssda903Xml.validate(file, year);
                String validate = clock.lap();
                var back = Ssda903Xml.read(file, year);
                String read = clock.lap();
                System.out.printf("run %d: XML write %s (%,d bytes), validate %s (%d problems), read %s (%,d rows)%n",
                        run, write, Files.size(file), validate, problems.size(), read, back.size());
            }
            var asAt = Ssda903Dates.collectionEnd(year);
            for (int run = 1; run <= 3; run++) {
                clock.lap();
                var list8 = AnnexA.childrenInCare(records, asAt);
                var list9 = AnnexA.careLeavers(records, asAt);
                String lists = clock.lap();
                AnnexA.writeXlsx(list8, list9, book);
                System.out.printf("run %d: Annex A lists %s (List 8 %,d rows, List 9 %,d rows), xlsx %s (%,d bytes)%n",
                        run, lists, list8.size(), list9.size(), clock.lap(), Files.size(book));
            }
        } finally {
            Files.delete(file);
            Files.delete(book);
        }
    }
}
