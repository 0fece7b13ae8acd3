package org.ourpromise.measures.compute;

import static org.ourpromise.measures.Measure.count;
import static org.ourpromise.measures.Measure.percentage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.measures.cohort.CareHistory;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Table;

/**
 * MEASURES.md §2: periods of care started and ceased in the year. DfE's children-or-periods counting rule
 * is unconfirmed (DOMAIN.md §6 q13), so both are given.
 */
final class StartsAndCeasesMeasures implements MeasureFamily {

    private static final List<String> CIN = List.of("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");
    private static final Set<String> RETURNED_HOME = Set.of("E4A", "E4B", "E13");
    private static final Set<String> ADOPTED = Set.of("E11", "E12");
    private static final Set<String> SPECIAL_GUARDIANSHIP = Set.of("E45", "E46", "E47", "E48");
    private static final Set<String> PREVIOUS_PERMANENCE = Set.of("P1", "P2", "P3");

    private static final String STARTED = "periods of care whose first episode has DECOM within the year";
    private static final String CEASED = "periods of care whose last episode has a DEC within the year and REC other than X1";

    @Override
    public List<Measure> measures(int year) {
        var m = new ArrayList<Measure>();
        m.add(count("starts.periods", "Periods of care started in the year (a child starting twice counts twice; "
                + "our reading, as DfE has not confirmed its rule).", STARTED));
        m.add(count("starts.children", "Children who started at least one period of care in the year.", STARTED));
        m.add(percentage("starts.s20_pct", "Percentage of periods started in the year that began under section 20 (V2).",
                "started periods whose first episode has LS V2", STARTED));
        CIN.forEach(n -> m.add(count("starts.by_cin." + n, "Periods started in the year whose first episode has "
                + "category of need " + n + " (" + CodeList.CIN.label(n, year) + ").", STARTED)));
        m.add(count("starts.previous_permanence", "Children who started a period of care in the year and had a "
                + "previous permanence order (PrevPerm P1 adoption, P2 SGO, P3 CAO).", "children who started"));
        m.add(count("ceased.periods", "Periods of care that ended in the year.", CEASED));
        m.add(count("ceased.children", "Children with at least one period of care that ended in the year.", CEASED));
        ceaseReasons(year).forEach(rec -> m.add(count("ceased.by_reason." + rec, "Periods of care that ended in "
                + "the year with reason " + rec + " (" + CodeList.REC.label(rec, year) + ").", CEASED)));
        m.add(percentage("ceased.returned_home_pct", "Percentage of periods ended in the year by a return home "
                + "(E4A, E4B, E13).", "ceased periods with REC E4A, E4B or E13", CEASED));
        m.add(count("ceased.adopted", "Periods of care ended in the year by adoption (E11, E12).", CEASED));
        m.add(count("ceased.special_guardianship", "Periods of care ended in the year by a special guardianship "
                + "order (E45-E48).", CEASED));
        m.add(count("ceased.child_arrangements", "Periods of care ended in the year by a residence or child "
                + "arrangements order (E41).", CEASED));
        return m;
    }

    /** Every REC code of the year except X1 (which ends an episode, not a period). */
    static List<String> ceaseReasons(int year) {
        return CodeList.REC.codes(year).stream().filter(c -> !c.equals("X1")).toList();
    }

    @Override
    public Map<String, MeasureValue> compute(CareHistory care) {
        var out = new LinkedHashMap<String, MeasureValue>();
        starts(care, out);
        ceases(care, out);
        return out;
    }

    /** One entry per started period: the child's id. */
    private static void starts(CareHistory care, Map<String, MeasureValue> out) {
        var startedBy = new ArrayList<String>();
        var s20 = new ArrayList<String>();
        var cin = new Tally(CIN);
        for (var child : care.children()) {
            for (var period : child.periods()) {
                if (period.startedWithin(care.start(), care.end())) {
                    startedBy.add(child.child());
                    addIf(period.first().ls().equals("V2"), s20, child.child());
                    cin.add(period.first().cin(), child.child());
                }
            }
        }
        var previousPermanence = new ArrayList<String>();
        for (var id : Set.copyOf(startedBy)) {
            if (care.rows(Ssda903Table.PREV_PERM, id).stream()
                    .anyMatch(r -> PREVIOUS_PERMANENCE.contains(Codes.code(r, "PREV_PERM")))) {
                previousPermanence.add(id);
            }
        }
        out.put("starts.periods", MeasureValue.count(startedBy.size(), startedBy));
        out.put("starts.children", MeasureValue.countOf(startedBy));
        out.put("starts.s20_pct", MeasureValue.percentage(s20.size(), startedBy.size(), s20, startedBy));
        cin.putCounts("starts.by_cin.", out);
        out.put("starts.previous_permanence", MeasureValue.countOf(previousPermanence));
    }

    /** One entry per ceased period: the child's id. */
    private static void ceases(CareHistory care, Map<String, MeasureValue> out) {
        var ceasedBy = new ArrayList<String>();
        var reasons = new Tally(ceaseReasons(care.year()));
        var returnedHome = new ArrayList<String>();
        var adopted = new ArrayList<String>();
        var sgo = new ArrayList<String>();
        var cao = new ArrayList<String>();
        for (var child : care.children()) {
            String id = child.child();
            for (var period : child.periods()) {
                if (period.ceasedWithin(care.start(), care.end())) {
                    String rec = period.last().rec();
                    ceasedBy.add(id);
                    reasons.add(rec, id);
                    addIf(RETURNED_HOME.contains(rec), returnedHome, id);
                    addIf(ADOPTED.contains(rec), adopted, id);
                    addIf(SPECIAL_GUARDIANSHIP.contains(rec), sgo, id);
                    addIf(rec.equals("E41"), cao, id);
                }
            }
        }
        out.put("ceased.periods", MeasureValue.count(ceasedBy.size(), ceasedBy));
        out.put("ceased.children", MeasureValue.countOf(ceasedBy));
        reasons.putCounts("ceased.by_reason.", out);
        out.put("ceased.returned_home_pct",
                MeasureValue.percentage(returnedHome.size(), ceasedBy.size(), returnedHome, ceasedBy));
        out.put("ceased.adopted", MeasureValue.count(adopted.size(), adopted));
        out.put("ceased.special_guardianship", MeasureValue.count(sgo.size(), sgo));
        out.put("ceased.child_arrangements", MeasureValue.count(cao.size(), cao));
    }

    private static void addIf(boolean condition, List<String> list, String child) {
        if (condition) {
            list.add(child);
        }
    }
}
