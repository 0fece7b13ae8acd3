package org.ourpromise.iro;

import java.util.Map;
import java.util.function.Supplier;
import org.ourpromise.reports.ReportRenderer;

/** The IRO report built, drawn as HTML and printed as PDF {@code runs} times: the mean of each step, for benchmarks. */
record ReportTimings(long buildMs, long htmlMs, long pdfMs, int pdfBytes) {

    static ReportTimings of(Supplier<IroReport> build, int runs) {
        long b = 0;
        long h = 0;
        long p = 0;
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            var report = build.get();
            long t1 = System.nanoTime();
            ReportRenderer.html("iro/report", Map.of("report", report), ReportRenderer.Medium.BROWSER);
            long t2 = System.nanoTime();
            bytes = ReportRenderer.pdf("iro/report", Map.of("report", report), report.title()).length;
            long t3 = System.nanoTime();
            b += t1 - t0;
            h += t2 - t1;
            p += t3 - t2;
        }
        return new ReportTimings(b / runs / 1_000_000, h / runs / 1_000_000, p / runs / 1_000_000, bytes);
    }
}
