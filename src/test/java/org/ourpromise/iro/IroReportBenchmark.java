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
        var t = ReportTimings.of(() -> reports.build(year), RUNS);
        System.out.printf("IRO report %d: %d children, %d alerts; mean of %d runs: build from the record %d ms, "
                + "HTML %d ms, PDF %d ms (%d bytes)%n", year, records.count(), alerts.list(AlertFilter.all()).size(), RUNS,
                t.buildMs(), t.htmlMs(), t.pdfMs(), t.pdfBytes());
    }
}
