package org.ourpromise.iro;

import static org.ourpromise.measures.IroServiceMeasureCatalogue.ACTIONS_ON_TIME;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.CASELOAD_PER_FTE;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.FTE_ABOVE;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.FTE_BELOW;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.FTE_WITHIN;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.LOOKED_AFTER_PER_FTE;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.MIDWAY_ON_TRACK;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.PERMANENCE_LATER;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.PERMANENCE_SECOND;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.PeriodOfCare;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.reports.AnnualReport;
import org.ourpromise.reports.ChartBar;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * The record's sections of the IRO annual report: the service's profile and caseloads, timeliness of decisions
 * and records, participation and permanence at reviews. Pure: the year, the records and the day it is built.
 */
final class IroReportFigures {

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

    /** Caseloads on the year's last day counted, weighted and per full-time equivalent (the staff directory's). */
    private static final java.time.format.DateTimeFormatter IN_WORDS =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.UK);

    /** 31 March 2026, as the report writes a date. */
    static String words(java.time.LocalDate date) {
        return IN_WORDS.format(date);
    }

    static IroReport.Section profile(IroMeasures.Results r, List<ChildRecord> records, IroMeasureTable measures,
            java.util.function.UnaryOperator<String> iroName) {
        var at = r.to();
        int inCare = 0;
        for (var c : records) {
            if (PeriodOfCare.of(PeriodOfCare.withoutShortBreaks(c.episodes())).stream().anyMatch(p -> p.isOpenAt(at))) {
                inCare++;
            }
        }
        var rows = new ArrayList<List<String>>();
        int allocated = 0;
        var fte = BigDecimal.ZERO;
        for (var c : r.caseloads()) {
            allocated += c.lookedAfter();
            fte = fte.add(c.fte());
            rows.add(List.of(iroName.apply(c.workerId()), String.valueOf(c.lookedAfter()), String.valueOf(c.other()),
                    c.weighted().stripTrailingZeros().toPlainString(), c.fte().stripTrailingZeros().toPlainString(),
                    c.perFte().toPlainString(), switch (c.band()) {
                        case BELOW -> "Below " + measures.low();
                        case WITHIN -> "Within range";
                        case ABOVE -> "Above " + measures.high();
                    }));
        }
        var figures = List.of(
                new IroReport.Figure("Children in care on " + words(at), String.valueOf(inCare), ""),
                new IroReport.Figure("Children in care with an allocated IRO", String.valueOf(allocated),
                        allocated + " of " + inCare),
                new IroReport.Figure("IROs with a caseload", String.valueOf(r.caseloads().size()),
                        "full-time equivalent " + fte.stripTrailingZeros().toPlainString()),
                measures.figure(r, LOOKED_AFTER_PER_FTE, "recommended range " + measures.low() + " to " + measures.high()),
                measures.figure(r, CASELOAD_PER_FTE, "weighted"),
                measures.figure(r, FTE_ABOVE, ""));
        var chart = AnnualReport.Chart.bar("iro-caseloads", "Weighted caseload per full-time equivalent on " + words(at),
                "Each IRO's weighted caseload divided by their hours; the recommended range is " + measures.low() + " to "
                        + measures.high(), r.caseloads().stream().map(c -> ChartBar.of(iroName.apply(c.workerId()),
                                c.perFte().setScale(0, java.math.RoundingMode.HALF_UP).intValue())).toList());
        return new IroReport.Section("profile", 1, "Profile of the IRO service and caseloads", figures, List.of(chart),
                List.of(new IroReport.Table("Caseload of each IRO", List.of("IRO", "In care", "Other children",
                        "Weighted", "FTE", "Weighted per FTE", "Range"), rows),
                        measures.table(r, List.of(LOOKED_AFTER_PER_FTE, CASELOAD_PER_FTE, FTE_BELOW, FTE_WITHIN, FTE_ABOVE))), "");
    }

    /** Decisions within 5 working days and the record within 20 of each review held in the year. */
    static IroReport.Section timeliness(int year, List<ChildRecord> records, IroMeasures.Results results,
            IroMeasureTable measures) {
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
                new IroReport.Figure("Record written within 20 working days", percent(written, held), written + " of " + held),
                measures.figure(results, ACTIONS_ON_TIME, null), measures.figure(results, MIDWAY_ON_TRACK, null));
        return new IroReport.Section("timeliness", 2, "Timeliness of reviews, decisions and records", figures, List.of(),
                List.of(measures.table(results, List.of(ACTIONS_ON_TIME, MIDWAY_ON_TRACK))), "");
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

    /** A permanence plan by the second review of a period of care, and at later reviews (the year's measures). */
    static IroReport.Section permanence(IroMeasures.Results r, IroMeasureTable measures) {
        return new IroReport.Section("permanence", 6, "Permanence at reviews", List.of(
                measures.figure(r, PERMANENCE_SECOND, null), measures.figure(r, PERMANENCE_LATER, null)), List.of(),
                List.of(measures.table(r, List.of(PERMANENCE_SECOND, PERMANENCE_LATER))), "");
    }

    /** A participation code in words ("PN1" as "Attended and spoke for themselves"), or the code if unknown. */
    static String participationWords(String code) {
        return PARTICIPATION.getOrDefault(code, code);
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
}
