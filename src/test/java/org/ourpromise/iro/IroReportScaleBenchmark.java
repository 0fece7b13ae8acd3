package org.ourpromise.iro;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ourpromise.demo.SyntheticCouncil;
import org.ourpromise.measures.LocalMeasureSettings;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.reports.ReportRenderer;
import org.ourpromise.reports.Targets;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * Times the IRO annual report for a council of 10,000 children in the 2025-26 return (with five years' history):
 * the year's measures and sections from records, alerts, review actions and midway checks already in memory, then
 * the HTML and the PDF. The alerts, actions and checks are drawn here from a fixed random stream in the demo's
 * proportions (an alert after 12% of reviews, a third of them good practice; actions after 60% of reviews). Not part
 * of the suite (not a *Tests class): {@code mvn -o -q test -Dtest=IroReportScaleBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; it prints the timings (docs/benchmarks.md).
 */
class IroReportScaleBenchmark {

    private static final int CHILDREN = 10_000;
    private static final int YEAR = 2026;
    private static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);
    private static final int RUNS = 3;

    @Test
    void timeTheReportForTenThousandChildren() {
        long g0 = System.nanoTime();
        var records = SyntheticCouncil.generate(CHILDREN, 7, YEAR, 5);
        var input = input(records, new Random(11));
        long g1 = System.nanoTime();
        var targets = Targets.none();
        ReportRenderer.pdf("iro/report", Map.of("report", IroReportAssembly.build(YEAR, input, AS_AT, Map.of(), targets, id -> id)),
                IroReport.TITLE);
        var t = ReportTimings.of(() -> IroReportAssembly.build(YEAR, input, AS_AT, Map.of(), targets, id -> id), RUNS);
        System.out.printf("IRO report %d, %,d children in the return (%,d records), %,d alerts, %,d actions, %,d midway "
                + "checks, %d IROs (drawn in %d ms); mean of %d runs: measures and sections %d ms, HTML %d ms, PDF %d ms "
                + "(%,d bytes)%n", YEAR, CHILDREN, records.size(), input.alerts().size(), input.actions().size(),
                input.midwayChecks().size(), input.fteByWorker().size(), (g1 - g0) / 1_000_000, RUNS,
                t.buildMs(), t.htmlMs(), t.pdfMs(), t.pdfBytes());
    }

    private static IroMeasures.Input input(List<ChildRecord> records, Random random) {
        var alerts = new ArrayList<QaAlert>();
        var actions = new ArrayList<ReviewAction>();
        var checks = new ArrayList<ReviewChecks.MidwayCheck>();
        var fte = new TreeMap<String, BigDecimal>();
        var calendar = WorkingDayCalendar.englandAndWales();
        long id = 1;
        for (var r : records) {
            r.allocations().stream().filter(a -> a.role() == Allocation.Role.INDEPENDENT_REVIEWING_OFFICER)
                    .forEach(a -> fte.computeIfAbsent(a.workerId(), w -> random.nextDouble() < 0.8 ? BigDecimal.ONE
                            : new BigDecimal("0.6")));
            for (var review : r.reviews()) {
                if (review.date().isBefore(AS_AT.minusYears(2))) {
                    continue;
                }
                if (random.nextDouble() < 0.12) {
                    alerts.add(alert(id++, r.childId(), review.date(), calendar, random));
                }
                if (random.nextDouble() < 0.6) {
                    var onTrack = new TreeMap<Long, Boolean>();
                    for (int k = 0; k < 1 + random.nextInt(3); k++) {
                        var due = review.date().plusDays(10 + random.nextInt(60));
                        var status = ReviewAction.Status.values()[random.nextInt(4)];
                        actions.add(new ReviewAction(id, r.childId(), review.date(), "Action", "SW1", null, due, status,
                                status == ReviewAction.Status.OPEN ? null : due, 1));
                        onTrack.put(id++, random.nextDouble() < 0.8);
                    }
                    checks.add(new ReviewChecks.MidwayCheck(id++, review.date(), review.date().plusMonths(3),
                            random.nextDouble() < 0.1, null, "iro", onTrack));
                }
            }
        }
        return new IroMeasures.Input(records, alerts, actions, checks, fte, LocalMeasureSettings.defaults(),
                IroSettings.defaults());
    }

    private static QaAlert alert(long id, String child, LocalDate raised, WorkingDayCalendar calendar, Random random) {
        boolean good = random.nextDouble() < 0.3;
        var due = good ? null : calendar.addWorkingDays(raised, 10);
        var steps = new ArrayList<QaAlert.Step>();
        steps.add(new QaAlert.Step(raised, raised.atStartOfDay(), "iro", "Raised", null));
        var stages = new ArrayList<QaAlert.Stage>();
        var status = good ? AlertStatus.DELIVERED : AlertStatus.AWAITING_RESPONSE;
        LocalDate closed = null;
        if (!good && random.nextDouble() < 0.8) {
            var answered = calendar.addWorkingDays(raised, 2 + random.nextInt(13));
            steps.add(new QaAlert.Step(answered, answered.atStartOfDay(), "tm", "Response", "Done"));
            if (random.nextDouble() < 0.8) {
                status = AlertStatus.CLOSED;
                closed = calendar.addWorkingDays(answered, 1 + random.nextInt(5));
            } else {
                var stage = EscalationStage.values()[random.nextInt(EscalationStage.values().length)];
                var started = calendar.addWorkingDays(answered, 2);
                stages.add(new QaAlert.Stage(id, stage, stage.name(), started, calendar.addWorkingDays(started, 10), "TM",
                        null, null, null));
                status = AlertStatus.ESCALATED;
            }
        }
        return new QaAlert(id, child, child, good ? AlertKind.GOOD_PRACTICE : AlertKind.CONCERN, true, good ? 1 : 5,
                good ? "Good quality social work report" : "Drift or delay in care planning", "T" + random.nextInt(8),
                "SW1", "Seen", null, raised, due, "iro", "IRO " + random.nextInt(20), status, closed, null, null, 1, stages,
                steps, null, 20);
    }
}
