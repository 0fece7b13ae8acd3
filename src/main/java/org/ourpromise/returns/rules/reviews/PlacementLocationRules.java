package org.ourpromise.returns.rules.reviews;

import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.UASC;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.EpisodeChain;
import org.ourpromise.returns.rules.support.NotInCsvReturn;
import org.ourpromise.returns.rules.support.PlacementLocation;
import org.ourpromise.returns.rules.support.CrossTableRule;

/**
 * Rules on the derived location fields PL_DISTANCE, PL_LA and PL_LOCATION (DOMAIN.md §1.5). The
 * return does not hold them: DfE derives the placement LA from PL_POST, and the distance from
 * HOME_POST and PL_POST together. Rules 406 and 420 check the postcodes the fields would be derived
 * from (a derived field is "completed" exactly when its postcodes are given); 454 and 1015 derive the
 * fields through the postcode directory and are skipped without it.
 */
public final class PlacementLocationRules implements RuleGroup {

    /** Own-provision placements that may lie outside the council's area: fostering, adoption, K3 (rule 1015). */
    private static final Set<String> MAY_BE_OUTSIDE = Set.of("A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5",
            "U6", "K3");

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new CrossTableRule("406", PlacementLocationRules::uascDistance),
                // 420: PL_LA would be derived from PL_POST, which short-break episodes should not carry.
                new RowRule("420", EPISODES, (ctx, e) -> EpisodeChain.isShortBreak(e) && !e.isBlank("PL_POST")),
                // 411 compares a keyed PL_LOCATION with PL_LA. In the CSV return both are derived from PL_POST
                // (IN exactly when PL_LA is the council's), so they cannot disagree.
                new NotInCsvReturn("411", "compares a keyed PL_LOCATION with PL_LA; in a CSV return both are derived"
                        + " from PL_POST through the postcode directory, so they cannot disagree"),
                new DerivedLocationRule("454", false, (ctx, e) -> {
                    double miles = PlacementLocation.distance(ctx, e);
                    return miles > 350.0 && miles != PlacementLocation.UNKNOWN_DISTANCE;
                }),
                new DerivedLocationRule("1015", true, PlacementLocationRules::ownProvisionOutsideOwnLa));
    }

    /**
     * 1015: a placement in the council's own provision (PR1), other than foster, adoption and (from
     * 2025-26) supported accommodation placements and short breaks, lies in the council's own area.
     * Only placements the directory can place are compared; an unknown PL_POST is for 392a and 392c.
     */
    private static boolean ownProvisionOutsideOwnLa(RuleContext ctx, Ssda903Row e) {
        if (!"PR1".equals(e.get("PLACE_PROVIDER")) || e.isBlank("PLACE") || e.isBlank("LS")
                || MAY_BE_OUTSIDE.contains(e.get("PLACE")) || EpisodeChain.isShortBreak(e)) {
            return false;
        }
        String placedIn = PlacementLocation.placementLa(ctx, e);
        return !placedIn.isEmpty() && !placedIn.equalsIgnoreCase(ctx.reference().localAuthority().orElse(""));
    }

    /** A row rule on the derived location fields: skipped without the postcode directory (and LA code). */
    private record DerivedLocationRule(String code, boolean needsCouncil, BiPredicate<RuleContext, Ssda903Row> fails)
            implements ValidationRule {

        @Override
        public Optional<String> cannotRun(RuleContext ctx) {
            return PlacementLocation.unavailable(ctx, needsCouncil);
        }

        @Override
        public void check(RuleContext ctx, RuleSink sink) {
            if (cannotRun(ctx).isPresent()) {
                return;
            }
            for (var e : ctx.rows(EPISODES)) {
                if (fails.test(ctx, e)) {
                    sink.fail(e);
                }
            }
        }
    }

    /**
     * 406: a child who is or was an unaccompanied asylum-seeking child (a UASC row this year or, when
     * last year's return is given, last year) has no placement distance: an episode with both
     * postcodes, from which DfE would derive one, fails. A formerly-UASC child absent from both
     * UASC tables is not found, as the DfE message warns.
     */
    private static void uascDistance(RuleContext ctx, RuleSink sink) {
        Set<String> uasc = new HashSet<>(ctx.byChild(UASC).keySet());
        for (var r : ctx.previousRows(UASC)) {
            uasc.add(r.child());
        }
        for (var child : uasc) {
            for (Ssda903Row e : ctx.rowsOf(EPISODES, child)) {
                if (!e.isBlank("HOME_POST") && !e.isBlank("PL_POST")) {
                    sink.fail(e);
                }
            }
        }
    }
}
