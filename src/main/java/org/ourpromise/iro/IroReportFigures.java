package org.ourpromise.iro;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.PeriodOfCare;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.reports.AnnualReport;
import org.ourpromise.reports.ChartBar;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * The record's sections of the IRO annual report: the service's profile and caseloads, timeliness of decisions
 * and records, participation and permanence at reviews. Pure: the year, the records and the day it is built.
 */
final class IroReportFigures {

    /** The caseload range per full-time IRO the IRO Handbook recommends (paragraph 7.15). */
    static final int CASELOAD_LOW = 50;
    static final int CASELOAD_HIGH = 70;

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final Map<String, String> PARTICIPATION = new TreeMap<>(Map.of(
            "PN0", "Under 4 at the time of the review", "PN1", "Attended and spoke for themselves",
            "PN2", "Attended and spoke through an advocate", "PN3", "Attended and conveyed their views non-verbally",
            "PN4", "Attended but did not contribute", "PN5", "Did not attend but briefed someone to speak for them",
            "PN6", "Did not attend but gave their views another way", "PN7", "Did not attend or give their views"));

    private IroReportFigures() {
    }

    static LocalDate from(int year) {
        return LocalDate.of(year - 1, 4, 1);
    }

    static LocalDate to(int year) {
        return LocalDate.of(year, 3, 31);
    }

    /** Caseloads on the last day of the year (or today, in the year still running); one FTE per IRO for now. */
    static IroReport.Section profile(int year, List<ChildRecord> records, LocalDate today) {
        var at = to(year).isAfter(today) ? today : to(year);
        var byIro = new TreeMap<String, Integer>();
        int inCare = 0;
        for (var r : records) {
            if (PeriodOfCare.of(r.episodes()).stream().noneMatch(p -> p.isOpenAt(at))) {
                continue;
            }
            inCare++;
            r.allocations().stream().filter(a -> a.role() == Allocation.Role.INDEPENDENT_REVIEWING_OFFICER && a.isCurrentOn(at))
                    .findFirst().ifPresent(a -> byIro.merge(a.workerId(), 1, Integer::sum));
        }
        int allocated = byIro.values().stream().mapToInt(Integer::intValue).sum();
        var rows = new ArrayList<List<String>>();
        byIro.forEach((iro, n) -> rows.add(List.of(iro, String.valueOf(n), "1.0", String.valueOf(n),
                n > CASELOAD_HIGH ? "Above " + CASELOAD_HIGH : n < CASELOAD_LOW ? "Below " + CASELOAD_LOW : "Within range")));
        var figures = List.of(
                new IroReport.Figure("Children in care on " + at, String.valueOf(inCare), ""),
                new IroReport.Figure("Children with an allocated IRO", String.valueOf(allocated), allocated + " of " + inCare),
                new IroReport.Figure("IROs with a caseload", String.valueOf(byIro.size()), "full-time equivalent " + byIro.size()),
                new IroReport.Figure("Average caseload per full-time IRO", byIro.isEmpty() ? "no IROs"
                        : one(BigDecimal.valueOf(allocated).divide(BigDecimal.valueOf(byIro.size()), 1, RoundingMode.HALF_UP)),
                        "recommended range " + CASELOAD_LOW + " to " + CASELOAD_HIGH),
                new IroReport.Figure("IROs above " + CASELOAD_HIGH + " children per full-time post",
                        String.valueOf(byIro.values().stream().filter(n -> n > CASELOAD_HIGH).count()), ""));
        var chart = AnnualReport.Chart.bar("iro-caseloads", "Children per IRO on " + at,
                "Children allocated to each IRO; the recommended range is " + CASELOAD_LOW + " to " + CASELOAD_HIGH,
                byIro.entrySet().stream().map(e -> ChartBar.of(e.getKey(), e.getValue())).toList());
        return new IroReport.Section("profile", 1, "Profile of the IRO service and caseloads", figures, List.of(chart),
                List.of(new IroReport.Table("Caseload of each IRO", List.of("IRO", "Children", "Full-time equivalent",
                        "Children per full-time post", "Against the recommended range"), rows)), "");
    }

    /** Decisions within 5 working days and the record within 20 of each review held in the year. */
    static IroReport.Section timeliness(int year, List<ChildRecord> records) {
        int held = 0;
        int decisions = 0;
        int written = 0;
        for (var r : records) {
            for (var review : inYear(r.reviews(), year)) {
                held++;
                decisions += within(review.date(), review.decisionsIssued(), 5) ? 1 : 0;
                written += within(review.date(), review.recordIssued(), 20) ? 1 : 0;
            }
        }
        var figures = List.of(new IroReport.Figure("Reviews held", String.valueOf(held), ""),
                new IroReport.Figure("Decisions issued within 5 working days", percent(decisions, held), decisions + " of " + held),
                new IroReport.Figure("Record written within 20 working days", percent(written, held), written + " of " + held));
        return new IroReport.Section("timeliness", 2, "Timeliness of reviews, decisions and records", figures, List.of(),
                List.of(), "");
    }

    /** How children took part in the reviews held in the year (participation codes PN0 to PN7). */
    static IroReport.Section participation(int year, List<ChildRecord> records) {
        var counts = new TreeMap<String, Integer>();
        PARTICIPATION.keySet().forEach(k -> counts.put(k, 0));
        records.forEach(r -> inYear(r.reviews(), year).forEach(v -> counts.merge(v.participation(), 1, Integer::sum)));
        var bars = counts.entrySet().stream().filter(e -> PARTICIPATION.containsKey(e.getKey()))
                .map(e -> ChartBar.of(PARTICIPATION.get(e.getKey()), e.getValue())).toList();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int spoke = counts.get("PN1") + counts.get("PN2") + counts.get("PN3") + counts.get("PN5") + counts.get("PN6");
        int over4 = total - counts.get("PN0");
        return new IroReport.Section("participation", 3, "Participation of children in their reviews",
                List.of(new IroReport.Figure("Children aged 4 or over who took part or gave their views", percent(spoke, over4),
                        spoke + " of " + over4 + " reviews")),
                List.of(AnnualReport.Chart.bar("iro-participation", "How children took part in their reviews",
                        "Reviews held in the year by how the child took part", bars)), List.of(), "");
    }

    /**
     * A permanence plan by the second review of a period of care, and at later reviews (statutory guidance: a
     * permanence plan at the second review).
     */
    static IroReport.Section permanence(int year, List<ChildRecord> records) {
        int second = 0;
        int secondWithPlan = 0;
        int later = 0;
        int laterWithPlan = 0;
        for (var r : records) {
            for (var period : PeriodOfCare.of(PeriodOfCare.withoutShortBreaks(r.episodes()))) {
                var reviews = r.reviews().stream().filter(v -> !v.date().isBefore(period.start())
                        && (period.end() == null || !v.date().isAfter(period.end()))).sorted(
                                java.util.Comparator.comparing(ReviewHeld::date)).toList();
                for (int i = 1; i < reviews.size(); i++) {
                    var v = reviews.get(i);
                    if (v.date().isBefore(from(year)) || v.date().isAfter(to(year))) {
                        continue;
                    }
                    boolean plan = r.plans().stream().anyMatch(p -> p.kind() == PlanEvent.Kind.PERMANENCE_PLAN
                            && !p.date().isBefore(period.start()) && !p.date().isAfter(v.date()));
                    if (i == 1) {
                        second++;
                        secondWithPlan += plan ? 1 : 0;
                    } else {
                        later++;
                        laterWithPlan += plan ? 1 : 0;
                    }
                }
            }
        }
        return new IroReport.Section("permanence", 6, "Permanence at reviews", List.of(
                new IroReport.Figure("Second reviews with a permanence plan", percent(secondWithPlan, second),
                        secondWithPlan + " of " + second),
                new IroReport.Figure("Later reviews with a permanence plan", percent(laterWithPlan, later),
                        laterWithPlan + " of " + later)), List.of(), List.of(), "");
    }

    static List<ReviewHeld> inYear(List<ReviewHeld> reviews, int year) {
        return reviews.stream().filter(v -> !v.date().isBefore(from(year)) && !v.date().isAfter(to(year))).toList();
    }

    private static boolean within(LocalDate held, @org.jspecify.annotations.Nullable LocalDate issued, int workingDays) {
        return issued != null && !issued.isAfter(CALENDAR.addWorkingDays(held, workingDays));
    }

    static String percent(long n, long of) {
        return of == 0 ? "none to count" : BigDecimal.valueOf(100L * n).divide(BigDecimal.valueOf(of), 0, RoundingMode.HALF_UP) + "%";
    }

    private static String one(BigDecimal d) {
        return d.toPlainString();
    }
}
