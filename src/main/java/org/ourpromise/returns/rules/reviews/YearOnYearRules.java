package org.ourpromise.returns.rules.reviews;

import java.util.List;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.Postcodes;

/**
 * Rules comparing this year's first episode with the episode left open at the end of last year's
 * return: it is the same episode carried forward, so its start and every field must agree.
 *
 * <p>The derived location fields (DOMAIN.md §1.5) are compared through the postcodes DfE derives
 * them from: PL_LA and PL_LOCATION (452, 503H, 503J) from PL_POST, PL_DISTANCE (453, 503G) from
 * HOME_POST and PL_POST. Within one episode the placement postcode cannot change, so a changed
 * postcode is the contradiction these rules are there to catch; without the ONS postcode directory
 * Promise cannot tell whether a new postcode in the same authority leaves PL_LA unchanged, and
 * reports it all the same.
 */
public final class YearOnYearRules implements RuleGroup {

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new CarriedForward("452", (ctx, last, first) -> sameField(last, first, "RNE")
                        && !Postcodes.same(last.get("PL_POST"), first.get("PL_POST"))),
                new CarriedForward("453", (ctx, last, first) -> sameField(last, first, "RNE")
                        && distanceChanged(last, first)),
                new CarriedForward("502", (ctx, last, first) -> !sameField(last, first, "DECOM")),
                field("503A", "RNE"),
                field("503B", "LS"),
                field("503C", "CIN"),
                new CarriedForward("503D", (ctx, last, first) -> !sameField(last, first, "PLACE")
                        && !semiIndependentBecameSupported(ctx, last, first)),
                field("503E", "PLACE_PROVIDER"),
                field("503F", "URN"),
                new CarriedForward("503G", (ctx, last, first) -> distanceChanged(last, first)),
                new CarriedForward("503H", (ctx, last, first) -> !Postcodes.same(last.get("PL_POST"), first.get("PL_POST"))),
                new CarriedForward("503J", (ctx, last, first) -> !Postcodes.same(last.get("PL_POST"), first.get("PL_POST"))));
    }

    private static CarriedForward field(String code, String column) {
        return new CarriedForward(code, (ctx, last, first) -> !sameField(last, first, column));
    }

    private static boolean sameField(Ssda903Row a, Ssda903Row b, String column) {
        return a.get(column).equals(b.get(column));
    }

    /**
     * A distance exists on both sides only when both postcodes are given on both (as DfE compares
     * two distances, a missing one never differs); then a changed postcode changes the distance.
     */
    private static boolean distanceChanged(Ssda903Row last, Ssda903Row first) {
        for (var r : List.of(last, first)) {
            if (r.isBlank("HOME_POST") || r.isBlank("PL_POST")) {
                return false;
            }
        }
        return !Postcodes.same(last.get("HOME_POST"), first.get("HOME_POST"))
                || !Postcodes.same(last.get("PL_POST"), first.get("PL_POST"));
    }

    /**
     * The one-off 2025-26 transition (DOMAIN.md §1.4.6 footnote): H5 left the code list and K3
     * joined it, so a child open in H5 at 31 March 2025 may carry forward as K3.
     */
    private static boolean semiIndependentBecameSupported(RuleContext ctx, Ssda903Row last, Ssda903Row first) {
        return ctx.year() == 2026 && "H5".equals(last.get("PLACE")) && "K3".equals(first.get("PLACE"));
    }

    /**
     * Compares, for each child, the first episode open on or after 1 April this year with the
     * latest episode of last year's return when that one is still open (DEC blank); reports this
     * year's episode. Needs last year's return.
     */
    record CarriedForward(String code, Difference differs) implements ValidationRule {

        @FunctionalInterface
        interface Difference {
            boolean test(RuleContext ctx, Ssda903Row lastYear, Ssda903Row thisYear);
        }

        @Override
        public void check(RuleContext ctx, RuleSink sink) {
            for (var pair : CarriedForwardEpisodes.of(ctx)) {
                if (differs.test(ctx, pair.lastYear(), pair.thisYear())) {
                    sink.fail(pair.thisYear());
                }
            }
        }
    }
}
