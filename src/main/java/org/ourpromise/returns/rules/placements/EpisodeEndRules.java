package org.ourpromise.returns.rules.placements;

import static org.ourpromise.returns.Ssda903Table.EPISODES;

import java.util.List;
import java.util.Set;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.Ages;
import org.ourpromise.returns.rules.support.ChildRule;
import org.ourpromise.returns.rules.support.CodeGroups;

/** Reasons an episode ceased, against the child's age and the episodes around it (DOMAIN.md §1.4.8). */
public final class EpisodeEndRules implements RuleGroup {

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new RowRule("386", EPISODES, (ctx, e) -> CodeGroups.ADOPTED.contains(e.get("REC"))
                        && ageAtEnd(ctx, e, 18, true)),
                new RowRule("387", EPISODES, (ctx, e) -> Set.of("E5", "E6").contains(e.get("REC"))
                        && ageAtEnd(ctx, e, 14, false)),
                new ChildRule("388", EPISODES, (ctx, child, eps, sink) -> {
                    for (int i = 0; i < eps.size(); i++) {
                        var e = eps.get(i);
                        if (!"X1".equals(e.get("REC"))) {
                            continue;
                        }
                        var ceased = e.date("DEC");
                        boolean continues = ceased != null && i + 1 < eps.size()
                                && ceased.equals(eps.get(i + 1).date("DECOM"));
                        if (!continues) {
                            sink.fail(e);
                        }
                    }
                }),
                new RowRule("389", EPISODES, (ctx, e) -> "E7".equals(e.get("REC")) && ageAtEnd(ctx, e, 16, false)),
                new RowRule("390", EPISODES, (ctx, e) -> CodeGroups.ADOPTED.contains(e.get("REC"))
                        && !CodeGroups.PLACED_FOR_ADOPTION.contains(e.get("PLACE"))));
    }

    /**
     * On DEC: {@code atLeast} true asks "had the child reached {@code years}?", false asks "was the
     * child still under {@code years}?". Unknown dates decide nothing.
     */
    private static boolean ageAtEnd(RuleContext ctx, Ssda903Row e, int years, boolean atLeast) {
        var dob = ctx.dateOfBirth(e.child()).orElse(null);
        var ceased = e.date("DEC");
        if (dob == null || ceased == null) {
            return false;
        }
        return Ages.atLeast(dob, ceased, years) == atLeast;
    }
}
