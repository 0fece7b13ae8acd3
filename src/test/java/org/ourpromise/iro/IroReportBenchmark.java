package org.ourpromise.iro;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.reports.ReportRenderer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Times the IRO annual report (built from the record, then HTML and PDF) for the demo council. Not part of the
 * suite (not a *Tests class): run it by hand, {@code mvn -o -q test -Dtest=IroReportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; it prints the timings (docs/benchmarks.md).
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:iroBenchmark-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=true"})
class IroReportBenchmark {

    private static final int RUNS = 5;

    @Autowired
    private IroReports reports;
    @Autowired
    private QaAlerts alerts;
    @Autowired
    private CareRecords records;

    @Test
    void timeTheReport() {
        int year = 2026;
        // warm up: templates compiled, classes loaded, the PDF's fonts read
        ReportRenderer.pdf("iro/report", Map.of("report", reports.build(year)), IroReport.TITLE);
        long build = 0;
        long html = 0;
        long pdf = 0;
        int bytes = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            var report = reports.build(year);
            long t1 = System.nanoTime();
            ReportRenderer.html("iro/report", Map.of("report", report), ReportRenderer.Medium.BROWSER);
            long t2 = System.nanoTime();
            bytes = ReportRenderer.pdf("iro/report", Map.of("report", report), report.title()).length;
            long t3 = System.nanoTime();
            build += t1 - t0;
            html += t2 - t1;
            pdf += t3 - t2;
        }
        System.out.printf("IRO report %d: %d children, %d alerts; mean of %d runs: build from the record %d ms, "
                + "HTML %d ms, PDF %d ms (%d bytes)%n", year, records.count(), alerts.list(AlertFilter.all()).size(), RUNS,
                build / RUNS / 1_000_000, html / RUNS / 1_000_000, pdf / RUNS / 1_000_000, bytes);
    }
}
