package org.ourpromise.education;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.ourpromise.PromiseCommandLine;

/**
 * Times {@code import-attendance} of one school year's daily marks for 1,000 children (190 days, two sessions:
 * 380,000 rows) on H2 (a file database, as the server uses) and on PostgreSQL (embedded), through the real command
 * line, with the peak heap sampled while it runs (figures in docs/benchmarks.md). Not a test: run it by hand with
 * the test classpath, e.g. {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.ourpromise.education.AttendanceImportBenchmark [h2|postgresql]...}.
 */
public final class AttendanceImportBenchmark {

    private static final int CHILDREN = 1_000;
    private static final int DAYS = 190;

    private AttendanceImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var dir = Files.createTempDirectory("attendance-benchmark");
        var csv = csv(dir.resolve("attendance.csv"));
        for (var target : args.length == 0 ? new String[] {"h2", "postgresql"} : args) {
            if (target.equals("h2")) {
                run("H2 file", "jdbc:h2:file:" + dir.resolve("h2/promise")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "promise", "", csv, dir);
            } else {
                try (var pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start()) {
                    run("PostgreSQL", pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", csv, dir);
                }
            }
        }
    }

    private static Path csv(Path file) throws Exception {
        var random = new Random(42);
        var out = new StringBuilder(16 * CHILDREN * DAYS * 2).append("Child ID,Date,Session,Mark\n");
        var day = LocalDate.of(2025, 9, 1);
        for (int d = 0; d < DAYS; day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            String date = String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
            for (int c = 0; c < CHILDREN; c++) {
                for (var session : new String[] {"AM", "PM"}) {
                    out.append("B").append(100_000 + c).append(',').append(date).append(',').append(session).append(',')
                            .append(random.nextDouble() < 0.92 ? "/" : "I").append('\n');
                }
            }
            d++;
        }
        Files.writeString(file, out);
        return file;
    }

    private static void run(String label, String url, String user, String password, Path csv, Path dir)
            throws Exception {
        var settings = Map.<String, Object>of("spring.datasource.url", url, "spring.datasource.username", user,
                "spring.datasource.password", password);
        var empty = Files.writeString(dir.resolve("empty.csv"), "");
        PromiseCommandLine.run(new String[] {"import-attendance", "--file", empty.toString()}, System.out,
                new PrintStream(new ByteArrayOutputStream()), settings);
        try (var c = DriverManager.getConnection(url, user, password)) {
            var insert = c.prepareStatement("insert into child (child_id, given_name, family_name, date_of_birth, sex, "
                    + "ethnicity) values (?, 'A', 'B', date '2014-01-01', 'F', 'WBRI')");
            for (int i = 0; i < CHILDREN; i++) {
                insert.setString(1, "B" + (100_000 + i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        var peak = new long[1];
        var memory = ManagementFactory.getMemoryMXBean();
        var sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        sampler.start();
        long started = System.nanoTime();
        var err = new ByteArrayOutputStream();
        int exit = PromiseCommandLine.run(new String[] {"import-attendance", "--file", csv.toString()}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8), settings);
        long wall = (System.nanoTime() - started) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        System.out.printf("%s: exit %d, %s; whole command (with Spring start) %,d ms; heap before %,d MB, peak %,d MB%n",
                label, exit, err.toString(StandardCharsets.UTF_8).strip(), wall, before >> 20, peak[0] >> 20);
    }
}
