package org.ourpromise.measures.compute;


import static org.ourpromise.measures.Measure.count;
import static org.ourpromise.measures.Measure.percentage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.measures.cohort.CareHistory;
import org.ourpromise.measures.cohort.ChildCare;
import org.ourpromise.measures.cohort.ChildDetails;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/**
 * MEASURES.md §4: outcomes of the children looked after continuously for 12 months at 31 March (OC2
 * cohort), from their OC2 rows. The continuity test is the DfE validation rules' (DOMAIN.md §2.6).
 */
final class HealthMeasures implements MeasureFamily {

    static final List<String> SDQ_BANDS = List.of("average", "slightly_raised", "high", "very_high");

    private static final String COHORT = "OC2 cohort: looked after at 31 March and continuously for the 12 months "
            + "before: no period of care starting after 1 April and by 31 March, none ending (REC not X1) on or "
            + "after 1 April and before 31 March, and no short break (V3/V4) overlapping the year";
    private static final String NO_ROW = " A cohort child with no OC2 row counts in the denominator only; with several "
            + "OC2 rows the last one is used.";

    /** The children a councillor reads about: the DfE's OC2 cohort, in words. */
    private static final String TWELVE_MONTHS = "looked after for at least 12 months at 31 March";

    /**
     * Flag measures: key, OC2 column, what is counted (technical), who is in the denominator, and the title in a
     * councillor's words (the first sentence of the description, so every page's label; no DfE term in it).
     */
    private record Flag(String key, String column, String description, String denominator, String title) {
    }

    private static final List<Flag> FLAGS = List.of(
            new Flag("oc2.convicted_pct", "CONVICTED", "convicted or given a youth caution in the year", "aged 10+",
                    "Children aged 10 or over " + TWELVE_MONTHS + " who were convicted or given a youth caution"),
            new Flag("oc2.health_check_pct", "HEALTH_CHECK", "with development checks up to date", "aged under 5",
                    "Children under 5 " + TWELVE_MONTHS + " with their development checks up to date"),
            new Flag("oc2.immunisations_pct", "IMMUNISATIONS", "with immunisations up to date", "all",
                    "Children " + TWELVE_MONTHS + " with their immunisations up to date"),
            new Flag("oc2.teeth_check_pct", "TEETH_CHECK", "whose teeth were checked by a dentist", "all",
                    "Children " + TWELVE_MONTHS + " who had their teeth checked by a dentist"),
            new Flag("oc2.health_assessment_pct", "HEALTH_ASSESSMENT", "who had their annual health assessment", "all",
                    "Children " + TWELVE_MONTHS + " who had their yearly health assessment"),
            new Flag("oc2.substance_misuse_pct", "SUBSTANCE_MISUSE", "identified with a substance misuse problem", "all",
                    "Children " + TWELVE_MONTHS + " identified as having a problem with drugs or alcohol"),
            new Flag("oc2.intervention_received_pct", "INTERVENTION_RECEIVED",
                    "who received an intervention for substance misuse", "substance misuse",
                    "Children " + TWELVE_MONTHS + " with a drug or alcohol problem who received help for it"),
            new Flag("oc2.intervention_offered_pct", "INTERVENTION_OFFERED",
                    "offered an intervention for substance misuse (and refused it)", "substance misuse",
                    "Children " + TWELVE_MONTHS + " with a drug or alcohol problem who were offered help and refused it"));

    @Override
    public List<Measure> measures(int year) {
        var m = new ArrayList<Measure>();
        m.add(count("oc2.cohort", "Children " + TWELVE_MONTHS + ". Counted from the return's health rows: the "
                + "children looked after continuously for 12 months at 31 March.", COHORT));
        for (var f : FLAGS) {
            String den = switch (f.denominator()) {
                case "all" -> "the OC2 cohort";
                case "substance misuse" -> "the OC2 cohort with SUBSTANCE_MISUSE = 1";
                default -> "the OC2 cohort " + f.denominator() + " at 31 March";
            };
            // the counts' words are read beside the children drilled into: plain; the codes stay in the definition
            String out = switch (f.denominator()) {
                case "all" -> "children " + TWELVE_MONTHS;
                case "substance misuse" -> "children " + TWELVE_MONTHS + " with a drug or alcohol problem";
                case "aged 10+" -> "children aged 10 or over " + TWELVE_MONTHS;
                default -> "children under 5 " + TWELVE_MONTHS;
            };
            m.add(percentage(f.key(), f.title() + ". Percentage of " + den + " " + f.description() + " ("
                    + f.column() + " = 1)." + NO_ROW, "children " + f.description(), out));
        }
        String sdq = "the SDQ cohort: OC2 children aged 4+ at 1 April and under 17 at 31 March";
        String sdqChildren = "children aged 4 to 16 " + TWELVE_MONTHS;
        m.add(percentage("oc2.sdq_returned_pct", "Children aged 4 to 16 " + TWELVE_MONTHS + " with a strengths and "
                + "difficulties questionnaire score. Percentage of " + sdq + " with an SDQ score (a whole number "
                + "0-40)." + NO_ROW,
                "children with a score", sdqChildren));
        m.add(Measure.average("oc2.sdq_average", "Average strengths and difficulties questionnaire score of the "
                + sdqChildren + " with a score. Mean SDQ score of the SDQ cohort members with a score.",
                "sum of scores", sdqChildren + " with a score"));
        String bands = "Bands are our choice, as DfE has not published its own: average 0-13, slightly raised "
                + "14-16, high 17-19, very high 20-40.";
        for (var b : SDQ_BANDS) {
            m.add(count("oc2.sdq_band." + b, "Of the " + sdqChildren + ", those whose questionnaire score is in the "
                    + b.replace('_', ' ') + " band. SDQ cohort members whose score is in the " + b.replace('_', ' ')
                    + " band. " + bands + " The SDQ cohort: " + sdq.substring("the SDQ cohort: ".length()) + ".",
                    sdqChildren));
        }
        return m;
    }

    /** A cohort child with the last of its OC2 rows (null when it has none) and its date of birth. */
    private record Member(String child, @Nullable Ssda903Row row, @Nullable LocalDate dob) {

        boolean flagged(String column) {
            return row != null && Codes.code(row, column).equals("1");
        }
    }

    @Override
    public Map<String, MeasureValue> compute(CareHistory care) {
        var cohort = new ArrayList<Member>();
        for (var child : care.lookedAfterAtEnd()) {
            if (continuouslyLookedAfter(child, care)) {
                var row = lastRow(care.rows(Ssda903Table.OC2, child.child()));
                var rowDob = row == null ? null : row.date("DOB");
                var dob = care.details(child.child()).map(ChildDetails::dob).orElse(rowDob);
                cohort.add(new Member(child.child(), row, dob));
            }
        }
        var out = new LinkedHashMap<String, MeasureValue>();
        out.put("oc2.cohort", MeasureValue.countOf(cohort.stream().map(Member::child).toList()));
        FLAGS.forEach(f -> out.put(f.key(), flag(f, cohort, care)));
        sdq(cohort, care, out);
        return out;
    }

    private static MeasureValue flag(Flag f, List<Member> cohort, CareHistory care) {
        var denominator = new ArrayList<String>();
        var numerator = new ArrayList<String>();
        for (var m : cohort) {
            int ageAtEnd = ChildDetails.ageAt(m.dob(), care.end());
            boolean in = switch (f.denominator()) {
                case "aged 10+" -> ageAtEnd >= 10;
                case "aged under 5" -> ageAtEnd >= 0 && ageAtEnd < 5;
                case "substance misuse" -> m.flagged("SUBSTANCE_MISUSE");
                default -> true;
            };
            if (in) {
                denominator.add(m.child());
                if (m.flagged(f.column())) {
                    numerator.add(m.child());
                }
            }
        }
        return MeasureValue.percentageOf(numerator, denominator);
    }

    /** The SDQ cohort: aged 4+ at the start of the year and under 17 at its end. */
    private static void sdq(List<Member> cohort, CareHistory care, Map<String, MeasureValue> out) {
        var sdqCohort = new ArrayList<String>();
        var scored = new ArrayList<String>();
        long sum = 0;
        var bands = new Tally(SDQ_BANDS);
        for (var m : cohort) {
            if (ChildDetails.ageAt(m.dob(), care.start()) >= 4 && ChildDetails.ageAt(m.dob(), care.end()) < 17) {
                sdqCohort.add(m.child());
                Integer score = m.row() == null ? null : sdqScore(m.row());
                if (score != null) {
                    scored.add(m.child());
                    sum += score;
                    bands.add(band(score), m.child());
                }
            }
        }
        out.put("oc2.sdq_returned_pct", MeasureValue.percentageOf(scored, sdqCohort));
        out.put("oc2.sdq_average", MeasureValue.average(sum, scored.size(), scored));
        bands.putCounts("oc2.sdq_band.", out);
    }

    /** DOMAIN.md §2.6 (a)-(c), the child being looked after at 31 March. */
    static boolean continuouslyLookedAfter(ChildCare child, CareHistory care) {
        var start = care.start();
        var end = care.end();
        if (child.hadShortBreakWithin(start, end)) {
            return false;
        }
        for (var p : child.periods()) {
            if (p.start().isAfter(start) && !p.start().isAfter(end)) {
                return false;
            }
            var ceased = p.end();
            if (p.ceased() && ceased != null && !ceased.isBefore(start) && ceased.isBefore(end)) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Ssda903Row lastRow(List<Ssda903Row> rows) {
        return rows.isEmpty() ? null : rows.get(rows.size() - 1);
    }

    /** A whole number 0-40 (the SDQ's range); anything else is not a score. */
    static @Nullable Integer sdqScore(Ssda903Row row) {
        var text = row.get("SDQ_SCORE").strip();
        if (text.isEmpty() || text.length() > 2 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int score = Integer.parseInt(text);
        return score <= 40 ? score : null;
    }

    static String band(int score) {
        if (score <= 13) {
            return "average";
        }
        if (score <= 16) {
            return "slightly_raised";
        }
        return score <= 19 ? "high" : "very_high";
    }
}
