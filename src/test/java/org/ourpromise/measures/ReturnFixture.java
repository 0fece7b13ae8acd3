package org.ourpromise.measures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/** Small SSDA903 returns built in code for hand-worked cases; dates as dd/mm/yyyy, blanks as "". */
public final class ReturnFixture {

    private final Map<Ssda903Table, List<Ssda903Row>> rows = new EnumMap<>(Ssda903Table.class);

    public static ReturnFixture create() {
        return new ReturnFixture();
    }

    public ReturnFixture row(Ssda903Table table, String... values) {
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(Ssda903Row.of(table, values));
        return this;
    }

    /** Header: CHILD, SEX, DOB, ETHNIC. */
    public ReturnFixture child(String child, String sex, String dob, String ethnic) {
        return row(Ssda903Table.HEADER, child, sex, dob, ethnic, "", "", "");
    }

    /** A child with a Header row (sex M, ethnic WBRI). */
    public ReturnFixture child(String child, String dob) {
        return child(child, "M", dob, "WBRI");
    }

    /** An episode: CIN N1, provider PR1, the same PL_POST and URN for the whole child. */
    public ReturnFixture episode(String child, String decom, String dec, String rne, String ls, String place, String rec) {
        return episode(child, decom, dec, rne, ls, place, rec, "AB1", "SC1");
    }

    public ReturnFixture episode(String child, String decom, String dec, String rne, String ls, String place, String rec,
            String plPost, String urn) {
        return row(Ssda903Table.EPISODES, child, decom, rne, ls, "N1", place, "PR1", dec, rec, "", "", plPost, urn);
    }

    /**
     * Consecutive episodes of one child, each ending (REC X1) the day the next starts; the last stays open
     * unless the final step is {@code "dd/mm/yyyy END rec"}. A step is {@code "decom rne ls place plPost urn"},
     * {@code -} for a blank.
     */
    public ReturnFixture chain(String child, String... steps) {
        for (int i = 0; i < steps.length; i++) {
            var s = steps[i].trim().split("\\s+");
            if (s[1].equals("END")) {
                continue;
            }
            var next = i + 1 < steps.length ? steps[i + 1].trim().split("\\s+") : null;
            String dec = next == null ? "" : next[0];
            String rec = next == null ? "" : next[1].equals("END") ? next[2] : "X1";
            row(Ssda903Table.EPISODES, child, s[0], s[1], s[2], "N1", s[3], blank(s[4]).isEmpty() ? "" : "PR1", dec,
                    rec, "", "", blank(s[4]), blank(s[5]));
        }
        return this;
    }

    private static String blank(String s) {
        return s.equals("-") ? "" : s;
    }

    /** Every Episodes column, in DfE order. */
    public ReturnFixture episodeRow(String... values) {
        return row(Ssda903Table.EPISODES, values);
    }

    public ReturnFixture review(String child, String date, String code) {
        return row(Ssda903Table.REVIEWS, child, "", date, code);
    }

    public ReturnFixture missing(String child, String kind, String start) {
        return row(Ssda903Table.MISSING, child, "", kind, start, "");
    }

    public ReturnFixture uasc(String child, String duc) {
        return row(Ssda903Table.UASC, child, "M", "", duc);
    }

    /** OC3: CHILD, DOB, IN_TOUCH, ACTIV, ACCOM. */
    public ReturnFixture careLeaver(String child, String dob, String inTouch, String activ, String accom) {
        return row(Ssda903Table.OC3, child, dob, inTouch, activ, accom);
    }

    /**
     * OC2: SDQ_SCORE, CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE,
     * INTERVENTION_RECEIVED, INTERVENTION_OFFERED.
     */
    public ReturnFixture oc2(String child, String sdq, String convicted, String healthCheck, String immunisations,
            String teeth, String assessment, String misuse, String received, String offered) {
        return row(Ssda903Table.OC2, child, "", sdq, "", convicted, healthCheck, immunisations, teeth, assessment,
                misuse, received, offered);
    }

    public ReturnFixture adoptionMatch(String child, String dateMatch) {
        return row(Ssda903Table.AD1, child, "", "", dateMatch, "", "", "", "");
    }

    public ReturnFixture previousPermanence(String child, String code) {
        return row(Ssda903Table.PREV_PERM, child, "", code, "", "");
    }

    public Ssda903Return build() {
        return Ssda903Return.of(rows);
    }

    public MeasureResults compute(int year) {
        return MeasureEngine.compute(build(), MeasureParameters.forYear(year));
    }

    public MeasureResults compute(MeasureParameters parameters) {
        return MeasureEngine.compute(build(), parameters);
    }
}
