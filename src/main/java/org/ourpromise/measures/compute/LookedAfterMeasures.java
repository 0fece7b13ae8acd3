package org.ourpromise.measures.compute;


import static org.ourpromise.measures.Measure.count;
import static org.ourpromise.measures.Measure.percentage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.measures.cohort.CareHistory;
import org.ourpromise.measures.cohort.ChildDetails;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Table;

/** MEASURES.md §1: children looked after at 31 March and during the year, with their breakdowns. */
final class LookedAfterMeasures implements MeasureFamily {

    private static final String CLA = "children looked after at 31 March: an episode (not a short break V3/V4) "
            + "open at the end of 31 March; an episode ending on 31 March is not open then (our reading, as DfE has not confirmed it)";

    @Override
    public List<Measure> measures(int year) {
        var m = new ArrayList<Measure>();
        m.add(count("cla.at_31_march", "Children looked after at 31 March.", CLA));
        m.add(new Measure("cla.rate_per_10000", Measure.Kind.RATE,
                "Children looked after at 31 March per 10,000 children aged 0-17; the population is a parameter "
                        + "(the year of the population estimate DfE uses is not confirmed) and there is no rate without it.",
                CLA, "children looked after at 31 March", "population aged 0-17"));
        m.add(count("cla.during_year", "Children looked after at any time during the year.",
                "children with an episode (not a short break) overlapping 1 April to 31 March"));
        Groups.LEGAL_STATUSES.forEach(ls -> m.add(count("cla.by_legal_status." + ls,
                "Children looked after at 31 March whose open episode has legal status " + ls + " ("
                        + CodeList.LS.label(ls, year) + ").", CLA)));
        CodeList.SEX.codes(year).forEach(s -> m.add(count("cla.by_sex." + s,
                "Children looked after at 31 March whose sex (SEX) is " + s + " (" + CodeList.SEX.label(s, year)
                        + "); a code not of the year is in no key.", CLA)));
        Groups.AGE_BANDS.forEach(b -> m.add(count("cla.by_age." + b,
                "Children looked after at 31 March aged " + b.replace('_', ' ') + " (whole years at 31 March); "
                        + "a child without a valid date of birth is in no band.", CLA)));
        Groups.ETHNIC_GROUPS.forEach((g, codes) -> m.add(count("cla.by_ethnic_group." + g,
                "Children looked after at 31 March whose ethnicity (ETHNIC) is in the " + g.replace('_', ' ') + " group " + codes.stream()
                        .filter(c -> !c.isEmpty()).sorted().toList()
                        + (g.equals("not_known") ? ", blank, or a code outside the list (our choice)" : "") + ".", CLA)));
        Groups.PLACEMENT_GROUPS.forEach((g, codes) -> m.add(count("cla.by_placement_group." + g,
                "Children looked after at 31 March whose placement type (PLACE) is in the " + g.replace('_', ' ') + " group "
                        + (codes.isEmpty() ? "(every code not in another group)" : codes.stream().sorted().toList())
                        + ".", CLA)));
        m.add(percentage("cla.family_based_pct",
                "Percentage of children looked after at 31 March placed in a family: foster (kinship or other), "
                        + "placed for adoption or with parents.",
                "children looked after at 31 March with PLACE in U1-U6, A3-A6 or P1", CLA));
        Groups.PROVIDERS.forEach(pr -> m.add(count("cla.by_provider." + pr,
                "Children looked after at 31 March whose placement provider (PLACE_PROVIDER) is " + pr
                        + (pr.equals("none") ? " (blank or a code outside PR0-PR5)" : "") + ".", CLA)));
        m.add(count("cla.uasc", "Children looked after at 31 March who are unaccompanied asylum-seeking children: "
                + "a UASC row whose DUC is blank or after 31 March.", CLA));
        m.add(count("cla.with_parents_on_care_order",
                "Children looked after at 31 March placed with parents (P1) on a care order (C1, C2).", CLA));
        return m;
    }

    @Override
    public Map<String, MeasureValue> compute(CareHistory care) {
        var cla = new ArrayList<String>();
        var familyBased = new ArrayList<String>();
        var uasc = new ArrayList<String>();
        var withParentsOnOrder = new ArrayList<String>();
        for (var child : care.lookedAfterAtEnd()) {
            String id = child.child();
            var open = care.openAtEnd(child);
            cla.add(id);
            if (Groups.FAMILY_BASED_GROUPS.contains(Groups.groupOf(Groups.PLACEMENT_GROUPS, open.place(), "other"))) {
                familyBased.add(id);
            }
            if (isUascAtEnd(care, id)) {
                uasc.add(id);
            }
            if (open.place().equals("P1") && (open.ls().equals("C1") || open.ls().equals("C2"))) {
                withParentsOnOrder.add(id);
            }
        }
        var out = new LinkedHashMap<String, MeasureValue>();
        out.put("cla.at_31_march", MeasureValue.countOf(cla));
        out.put("cla.rate_per_10000", MeasureValue.ratePer10000(cla, care.parameters().population()));
        out.put("cla.during_year", MeasureValue.countOf(care.lookedAfterDuringYear()));
        breakdowns(care, out);
        out.put("cla.family_based_pct", MeasureValue.percentageOf(familyBased, cla));
        out.put("cla.uasc", MeasureValue.countOf(uasc));
        out.put("cla.with_parents_on_care_order", MeasureValue.countOf(withParentsOnOrder));
        return out;
    }

    /** Each child looked after at 31 March in exactly one key of each breakdown (unknown age and sex: none). */
    private static void breakdowns(CareHistory care, Map<String, MeasureValue> out) {
        int year = care.year();
        var legal = new Tally(Groups.LEGAL_STATUSES);
        var sex = new Tally(CodeList.SEX.codes(year));
        var age = new Tally(Groups.AGE_BANDS);
        var ethnic = new Tally(Groups.ETHNIC_GROUPS.keySet());
        var placement = new Tally(Groups.PLACEMENT_GROUPS.keySet());
        var provider = new Tally(Groups.PROVIDERS);
        for (var child : care.lookedAfterAtEnd()) {
            String id = child.child();
            var open = care.openAtEnd(child);
            var details = care.details(id);
            legal.add(open.ls(), id);
            details.ifPresent(d -> sex.add(d.sex(), id));
            var band = Groups.ageBand(details.map(d -> d.ageAt(care.end())).orElse(-1));
            if (band != null) {
                age.add(band, id);
            }
            String ethnicCode = details.map(ChildDetails::ethnic).orElse("");
            ethnic.add(Groups.groupOf(Groups.ETHNIC_GROUPS, ethnicCode, "not_known"), id);
            placement.add(Groups.groupOf(Groups.PLACEMENT_GROUPS, open.place(), "other"), id);
            provider.add(Groups.PROVIDERS.contains(open.provider()) ? open.provider() : "none", id);
        }
        legal.putCounts("cla.by_legal_status.", out);
        sex.putCounts("cla.by_sex.", out);
        age.putCounts("cla.by_age.", out);
        ethnic.putCounts("cla.by_ethnic_group.", out);
        placement.putCounts("cla.by_placement_group.", out);
        provider.putCounts("cla.by_provider.", out);
    }

    private static boolean isUascAtEnd(CareHistory care, String child) {
        for (var row : care.rows(Ssda903Table.UASC, child)) {
            var duc = row.date("DUC");
            if (row.isBlank("DUC") || (duc != null && duc.isAfter(care.end()))) {
                return true;
            }
        }
        return false;
    }
}
