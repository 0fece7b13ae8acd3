package org.ourpromise.measures.compute;


import static org.ourpromise.measures.Measure.count;
import static org.ourpromise.measures.Measure.percentage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.measures.cohort.CareHistory;
import org.ourpromise.measures.cohort.ChildDetails;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/**
 * MEASURES.md §5: care leavers (OC3 rows) whose 17th to 21st birthday falls in the year. The DfE
 * denominator detail is unconfirmed (DOMAIN.md §6 q3); ours removes those who died or returned home.
 */
final class CareLeaverMeasures implements MeasureFamily {

    static final List<String> AGES = List.of("17", "18", "19_to_21", "all");
    static final List<String> NEET = List.of("G4", "G5", "G6");

    private static final Set<String> REMOVED = Set.of("DIED", "RHOM");
    private static final Set<String> EET = Set.of("F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5");
    private static final Pattern SUITABLE = Pattern.compile("[A-Z]1");

    private static final String COHORT = "OC3 rows whose 17th-21st birthday (from the row's DOB) falls in the year, "
            + "without those who died (DIED) or returned home (RHOM)";

    @Override
    public List<Measure> measures(int year) {
        var m = new ArrayList<Measure>();
        for (var a : AGES) {
            m.add(count("oc3.cohort." + a, "Care leavers aged " + label(a) + " in the year. " + COHORT + ".", COHORT));
        }
        for (var a : AGES) {
            m.add(percentage("oc3.in_touch_pct." + a, "Percentage of care leavers aged " + label(a)
                    + " in touch with the council (IN_TOUCH = YES).", "in touch", "cohort aged " + label(a)));
        }
        for (var a : AGES) {
            m.add(percentage("oc3.eet_pct." + a, "Percentage of care leavers aged " + label(a)
                    + " in education, employment or training (ACTIV F1-F5, P1-P5).", "in EET", "cohort aged " + label(a)));
        }
        for (var a : AGES) {
            m.add(percentage("oc3.eet_of_in_touch_pct." + a, "Percentage of care leavers aged " + label(a)
                    + " in touch who are in education, employment or training (a convention some councils publish).",
                    "in touch and in EET", "in touch, aged " + label(a)));
        }
        for (var a : AGES) {
            m.add(percentage("oc3.suitable_accommodation_pct." + a, "Percentage of care leavers aged " + label(a)
                    + " in suitable accommodation (ACCOM a letter then 1).", "suitably accommodated",
                    "cohort aged " + label(a)));
        }
        for (var a : AGES) {
            m.add(percentage("oc3.suitable_accommodation_of_in_touch_pct." + a, "Percentage of care leavers aged "
                    + label(a) + " in touch who are in suitable accommodation.", "in touch and suitably accommodated",
                    "in touch, aged " + label(a)));
        }
        for (var g : NEET) {
            m.add(count("oc3.neet_by_reason." + g, "Care leavers aged 17-21 not in education, employment or training "
                    + "for reason " + g + ".", COHORT));
        }
        return m;
    }

    private static String label(String age) {
        return switch (age) {
            case "19_to_21" -> "19 to 21";
            case "all" -> "17 to 21";
            default -> age;
        };
    }

    /** The row's counts for one age group. */
    private static final class Group {
        final List<String> cohort = new ArrayList<>();
        final List<String> inTouch = new ArrayList<>();
        final List<String> eet = new ArrayList<>();
        final List<String> eetInTouch = new ArrayList<>();
        final List<String> suitable = new ArrayList<>();
        final List<String> suitableInTouch = new ArrayList<>();

        void add(Ssda903Row row) {
            String id = row.child();
            boolean touch = Codes.code(row, "IN_TOUCH").equals("YES");
            boolean inEet = EET.contains(Codes.code(row, "ACTIV"));
            boolean ok = SUITABLE.matcher(Codes.code(row, "ACCOM")).matches();
            cohort.add(id);
            addIf(touch, inTouch, id);
            addIf(inEet, eet, id);
            addIf(touch && inEet, eetInTouch, id);
            addIf(ok, suitable, id);
            addIf(touch && ok, suitableInTouch, id);
        }

        private static void addIf(boolean condition, List<String> list, String id) {
            if (condition) {
                list.add(id);
            }
        }
    }

    @Override
    public Map<String, MeasureValue> compute(CareHistory care) {
        var groups = new LinkedHashMap<String, Group>();
        AGES.forEach(a -> groups.put(a, new Group()));
        var neet = new Tally(NEET);
        for (var row : care.rows(Ssda903Table.OC3)) {
            if (REMOVED.contains(Codes.code(row, "IN_TOUCH"))) {
                continue;
            }
            var dob = row.date("DOB");
            int age = ChildDetails.ageAt(dob, care.end());
            boolean birthdayInYear = age >= 0 && ChildDetails.ageAt(dob, care.start().minusDays(1)) < age;
            if (!birthdayInYear || age < 17 || age > 21) {
                continue;
            }
            groups.get(age == 17 ? "17" : age == 18 ? "18" : "19_to_21").add(row);
            groups.get("all").add(row);
            neet.add(Codes.code(row, "ACTIV"), row.child());
        }
        var out = new LinkedHashMap<String, MeasureValue>();
        groups.forEach((a, g) -> out.put("oc3.cohort." + a, MeasureValue.count(g.cohort.size(), g.cohort)));
        groups.forEach((a, g) -> out.put("oc3.in_touch_pct." + a, rows(g.inTouch, g.cohort)));
        groups.forEach((a, g) -> out.put("oc3.eet_pct." + a, rows(g.eet, g.cohort)));
        groups.forEach((a, g) -> out.put("oc3.eet_of_in_touch_pct." + a, rows(g.eetInTouch, g.inTouch)));
        groups.forEach((a, g) -> out.put("oc3.suitable_accommodation_pct." + a, rows(g.suitable, g.cohort)));
        groups.forEach((a, g) -> out.put("oc3.suitable_accommodation_of_in_touch_pct." + a,
                rows(g.suitableInTouch, g.inTouch)));
        neet.putCounts("oc3.neet_by_reason.", out);
        return out;
    }

    /** A percentage of rows (a young person has one OC3 row a year). */
    private static MeasureValue rows(List<String> numerator, List<String> denominator) {
        return MeasureValue.percentage(numerator.size(), denominator.size(), numerator, denominator);
    }
}
