package org.ourpromise.returns;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ourpromise.demo.SyntheticCouncil;

/**
 * National scale for the XML return: 100,000 generated children, derived, written as XML, validated
 * against the year's schema and read back. Run by hand (not a test): prints timings, asserts nothing.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.ourpromise.returns.XmlBenchmark [children] [year]}
 */
public final class XmlBenchmark {

    private XmlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int year = args.length > 1 ? Integer.parseInt(args[1]) : 2026;
        long t = System.nanoTime();
        var records = SyntheticCouncil.generate(children, 42, year, 0);
        var ret = Ssda903Derivation.derive(records, year, 0);
        System.out.printf("generate + derive %,d children: %d ms, %,d rows%n", children, ms(t), ret.size());
        var file = Files.createTempFile("ssda903-", ".xml");
        try {
            for (int run = 1; run <= 3; run++) {
                long t0 = System.nanoTime();
                Ssda903Xml.write(ret, year, file);
                long write = ms(t0);
                long t1 = System.nanoTime();
                var problems = Ssda903Xml.validate(file, year);
                long validate = ms(t1);
                long t2 = System.nanoTime();
                var back = Ssda903Xml.read(file, year);
                long read = ms(t2);
                System.out.printf("run %d: write %d ms (%,d bytes), validate %d ms (%d problems), read %d ms (%,d rows)%n",
                        run, write, Files.size(file), validate, problems.size(), read, back.size());
            }
        } finally {
            Files.delete(file);
        }
    }

    private static long ms(long from) {
        return (System.nanoTime() - from) / 1_000_000;
    }
}
