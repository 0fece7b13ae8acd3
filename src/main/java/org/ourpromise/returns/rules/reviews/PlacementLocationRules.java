package org.ourpromise.returns.rules.reviews;

import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.UASC;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.EpisodeChain;

/**
 * Rules on the derived location fields PL_DISTANCE and PL_LA (DOMAIN.md §1.5). The return does not
 * hold them: DfE derives the placement LA from PL_POST, and the distance from HOME_POST and PL_POST
 * together. So these rules check the postcodes the fields would be derived from, as DfE rule 398
 * does for the distance: a derived field is "completed" exactly when its postcodes are given.
 */
public final class PlacementLocationRules implements RuleGroup {

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new UascDistance(),
                // 420: PL_LA would be derived from PL_POST, which short-break episodes should not carry.
                new RowRule("420", EPISODES, (ctx, e) -> EpisodeChain.isShortBreak(e) && !e.isBlank("PL_POST")));
    }

    /**
     * 406: a child who is or was an unaccompanied asylum-seeking child (a UASC row this year or, when
     * last year's return is given, last year) has no placement distance: an episode with both
     * postcodes, from which DfE would derive one, fails. A formerly-UASC child absent from both
     * UASC tables is not found, as the DfE message warns.
     */
    private record UascDistance() implements ValidationRule {

        @Override
        public String code() {
            return "406";
        }

        @Override
        public void check(RuleContext ctx, RuleSink sink) {
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
}
