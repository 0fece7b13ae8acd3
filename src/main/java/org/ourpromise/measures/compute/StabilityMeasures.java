package org.ourpromise.measures.compute;

import static org.ourpromise.measures.Measure.percentage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.measures.cohort.CareHistory;
import org.ourpromise.measures.cohort.ChildCare;
import org.ourpromise.measures.cohort.Episode;
import org.ourpromise.measures.cohort.Placement;

/**
 * MEASURES.md §3: short- and long-term placement stability. How DfE counts placements is partly
 * unconfirmed (DOMAIN.md §2.4, §2.5, §6 q2); the rules here are ours and the descriptions say so.
 */
final class StabilityMeasures implements MeasureFamily {

    private static final String PLACEMENTS = "A placement is a run of episodes with the same carer: a new one starts "
            + "at a change of placement (reason for new episode S, P or B) and at the first episode of a period of care; "
            + "a change of legal status only (L, T or U) continues it. Our rule, as DfE has not published its own: "
            + "temporary placements (T0-T4) are not counted, and the placement after temporary ones with the same "
            + "placement type, placement postcode and Ofsted provider number as the placement before them "
            + "continues that placement.";

    @Override
    public List<Measure> measures(int year) {
        return List.of(
                percentage("stability.three_plus_placements_pct",
                        "Percentage of children looked after at 31 March who had 3 or more placements overlapping "
                                + "the year. " + PLACEMENTS,
                        "children looked after at 31 March with 3 or more counted placements overlapping the year",
                        "children looked after at 31 March"),
                percentage("stability.long_term_pct",
                        "Percentage of children under 16 looked after for at least 2.5 years (30 months) who have "
                                + "been in the same placement for at least 2 years (24 months). A temporary current "
                                + "placement is replaced by the last non-temporary one before it in the period; a "
                                + "placement for adoption (A3-A6) is dated from the start of the placement before "
                                + "it in the period. " + PLACEMENTS,
                        "those whose current placement started on or before 31 March minus 24 months",
                        "children looked after at 31 March, aged under 16 then, whose current period of care "
                                + "started on or before 31 March minus 30 months"));
    }

    @Override
    public Map<String, MeasureValue> compute(CareHistory care) {
        var start = care.start();
        var end = care.end();
        var cla = new ArrayList<String>();
        var threePlus = new ArrayList<String>();
        var longTermCohort = new ArrayList<String>();
        var longTermStable = new ArrayList<String>();
        for (var child : care.lookedAfterAtEnd()) {
            String id = child.child();
            cla.add(id);
            if (countedPlacementsOverlapping(child, start, end) >= 3) {
                threePlus.add(id);
            }
            var open = care.openAtEnd(child);
            var period = child.periods().get(child.periodOf(open));
            int age = care.details(id).map(d -> d.ageAt(end)).orElse(-1);
            // A child without a known date of birth cannot be shown to be under 16: left out (our choice).
            if (age >= 0 && age < 16 && !period.start().isAfter(end.minusMonths(30))) {
                longTermCohort.add(id);
                if (!currentPlacementStart(child, open).isAfter(end.minusMonths(24))) {
                    longTermStable.add(id);
                }
            }
        }
        var out = new LinkedHashMap<String, MeasureValue>();
        out.put("stability.three_plus_placements_pct", MeasureValue.percentageOf(threePlus, cla));
        out.put("stability.long_term_pct", MeasureValue.percentageOf(longTermStable, longTermCohort));
        return out;
    }

    static int countedPlacementsOverlapping(ChildCare child, LocalDate start, LocalDate end) {
        int n = 0;
        for (var p : child.placements()) {
            if (!p.temporary() && p.overlaps(start, end)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The start of the current placement (the one holding the open episode; if temporary, the last
     * non-temporary one before it in the period), taken back to the placement before it when it is a
     * placement for adoption (A3-A6): the adoptive placement plus the one before together (DOMAIN.md §2.5).
     */
    static LocalDate currentPlacementStart(ChildCare child, Episode open) {
        var placements = child.placements();
        int current = 0;
        while (!placements.get(current).holds(open)) {
            current++;
        }
        if (placements.get(current).temporary()) {
            int before = lastCountedBefore(placements, current);
            // With no non-temporary placement before it in the period, the temporary one is current (our choice).
            current = before >= 0 ? before : current;
        }
        var placement = placements.get(current);
        if (placement.first().isPlacedForAdoption()) {
            int before = lastCountedBefore(placements, current);
            if (before >= 0) {
                return placements.get(before).start();
            }
        }
        return placement.start();
    }

    /** The index of the last non-temporary placement before {@code index} in the same period, or -1. */
    private static int lastCountedBefore(List<Placement> placements, int index) {
        int period = placements.get(index).period();
        for (int i = index - 1; i >= 0 && placements.get(i).period() == period; i--) {
            if (!placements.get(i).temporary()) {
                return i;
            }
        }
        return -1;
    }
}
