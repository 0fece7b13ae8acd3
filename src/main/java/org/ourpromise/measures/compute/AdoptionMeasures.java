package org.ourpromise.measures.compute;


import static org.ourpromise.measures.Measure.count;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.measures.cohort.CareHistory;
import org.ourpromise.measures.cohort.Episode;
import org.ourpromise.measures.cohort.PeriodOfCare;
import org.ourpromise.returns.Ssda903Table;

/**
 * MEASURES.md §6: adoptions in the year and the 3-year adoption scorecard (A1, A2, A3; DOMAIN.md §2.8).
 * With fewer than three years of episodes in the return the window is what the data holds.
 */
final class AdoptionMeasures implements MeasureFamily {

    private static final Set<String> ADOPTED = Set.of("E11", "E12");
    private static final Set<String> ORDERS = Set.of("E1", "D1");
    private static final String WINDOW = "children adopted (period of care ending E11/E12) in the 3 years ending "
            + "31 March, as far as the return holds episodes of those years";

    /** One adoption: the dates of MEASURES.md §6 (null when the data has none). */
    record Adoption(String child, LocalDate entered, @Nullable LocalDate placed, @Nullable LocalDate order,
            @Nullable LocalDate match) {
    }

    @Override
    public List<Measure> measures(int year) {
        return List.of(
                count("adoption.adopted", "Children adopted in the year: periods of care ending E11 or E12.",
                        "periods of care ending E11/E12 within the year"),
                Measure.average("adoption.a1_average_days", "A1: mean days from entering care (start of the period "
                        + "that ended in adoption) to moving in with the adoptive family (first A3-A6 episode), "
                        + "over 3 years.", "days from entering care to placement", WINDOW + ", with a placed date"),
                Measure.average("adoption.a2_average_days", "A2: mean days from the placement order (first E1 or D1 "
                        + "episode of the period) to the match (AD1 DATE_MATCH), 0 when matched first, over 3 years; "
                        + "only children placed for adoption.", "days from order to match",
                        WINDOW + ", with order, match and placed dates"),
                Measure.percentage("adoption.a3_under_14_months_pct", "A3: percentage of adopted children who moved "
                        + "in with their adoptive family less than 426 days (our reading of 14 months, as DfE has not "
                        + "confirmed it) after entering care, over 3 years.",
                        "placed fewer than 426 days after entering care", WINDOW + ", with a placed date"),
                count("adoption.placement_orders", "Children whose first placement-order (E1) episode of a period "
                        + "of care starts within the year.", "children with an E1 episode starting in the year"));
    }

    @Override
    public Map<String, MeasureValue> compute(CareHistory care) {
        var start = care.start();
        var end = care.end();
        var windowStart = start.minusYears(2);
        var adoptedInYear = new ArrayList<String>();
        var window = new ArrayList<Adoption>();
        var placementOrders = new ArrayList<String>();
        for (var child : care.children()) {
            for (var period : child.periods()) {
                if (period.ceased() && ADOPTED.contains(period.last().rec())) {
                    if (period.ceasedWithin(start, end)) {
                        adoptedInYear.add(child.child());
                    }
                    if (period.ceasedWithin(windowStart, end)) {
                        window.add(adoption(child.child(), period, care));
                    }
                }
                var firstOrder = first(period, e -> e.ls().equals("E1"));
                if (firstOrder != null && !firstOrder.decom().isBefore(start) && !firstOrder.decom().isAfter(end)) {
                    placementOrders.add(child.child());
                }
            }
        }
        var out = new LinkedHashMap<String, MeasureValue>();
        out.put("adoption.adopted", MeasureValue.count(adoptedInYear.size(), adoptedInYear));
        scorecard(window, care.parameters().a3ThresholdDays(), out);
        out.put("adoption.placement_orders", MeasureValue.countOf(placementOrders));
        return out;
    }

    private static void scorecard(List<Adoption> window, int threshold, Map<String, MeasureValue> out) {
        long a1Sum = 0;
        long a2Sum = 0;
        var placed = new ArrayList<String>();
        var a2 = new ArrayList<String>();
        var quick = new ArrayList<String>();
        for (var a : window) {
            if (a.placed() == null) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(a.entered(), a.placed());
            placed.add(a.child());
            a1Sum += days;
            if (days < threshold) {
                quick.add(a.child());
            }
            if (a.order() != null && a.match() != null) {
                a2.add(a.child());
                a2Sum += Math.max(0, ChronoUnit.DAYS.between(a.order(), a.match()));
            }
        }
        out.put("adoption.a1_average_days", MeasureValue.average(a1Sum, placed.size(), placed));
        out.put("adoption.a2_average_days", MeasureValue.average(a2Sum, a2.size(), a2));
        out.put("adoption.a3_under_14_months_pct", MeasureValue.percentage(quick.size(), placed.size(), quick, placed));
    }

    private static Adoption adoption(String child, PeriodOfCare period, CareHistory care) {
        var placed = first(period, Episode::isPlacedForAdoption);
        var order = first(period, e -> ORDERS.contains(e.ls()));
        return new Adoption(child, period.start(), placed == null ? null : placed.decom(),
                order == null ? null : order.decom(), dateMatch(child, care));
    }

    /** The child's AD1 DATE_MATCH; with several AD1 rows, the last with a valid date (our choice). */
    private static @Nullable LocalDate dateMatch(String child, CareHistory care) {
        LocalDate match = null;
        for (var row : care.rows(Ssda903Table.AD1, child)) {
            var d = row.date("DATE_MATCH");
            if (d != null) {
                match = d;
            }
        }
        return match;
    }

    private static @Nullable Episode first(PeriodOfCare period, java.util.function.Predicate<Episode> test) {
        for (var e : period.episodes()) {
            if (test.test(e)) {
                return e;
            }
        }
        return null;
    }
}
