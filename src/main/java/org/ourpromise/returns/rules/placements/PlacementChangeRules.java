package org.ourpromise.returns.rules.placements;

import static org.ourpromise.returns.Ssda903Table.EPISODES;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.Ages;
import org.ourpromise.returns.rules.support.ChildRule;

/**
 * Reasons for new episodes and for placement changes. The reason a placement changed is recorded
 * on the episode that ends (DOMAIN.md §1.1), so these rules look at an episode and the next.
 */
public final class PlacementChangeRules implements RuleGroup {

    /** Rule 217 applies to episodes from 1 April 2015, when the A3/A5 codes took their current meaning. */
    private static final LocalDate ADOPTION_CODES_FROM = LocalDate.of(2015, 4, 1);
    private static final Set<String> SAME_CARER_OR_START = Set.of("S", "T", "U");
    private static final Set<String> PLACEMENT_MOVES = Set.of("P", "B", "T", "U");

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                // placed for adoption with the current foster carer: the carer stays, so RNE is S, T or U
                new RowRule("217", EPISODES, (ctx, e) -> Set.of("A3", "A5").contains(e.get("PLACE"))
                        && e.date("DECOM") != null && !e.date("DECOM").isBefore(ADOPTION_CODES_FROM)
                        && !SAME_CARER_OR_START.contains(e.get("RNE"))),
                new ChildRule("225", EPISODES, (ctx, child, eps, sink) -> {
                    for (int i = 0; i + 1 < eps.size(); i++) {
                        var e = eps.get(i);
                        var next = eps.get(i + 1);
                        if ("X1".equals(e.get("REC")) && e.isBlank("REASON_PLACE_CHANGE") && !Places.isTemporary(e)
                                && PLACEMENT_MOVES.contains(next.get("RNE")) && !Places.isTemporary(next)) {
                            sink.fail(e);
                        }
                    }
                }),
                // from 2025-26 a move into a temporary placement has no reason either (the episode before it)
                new ChildRule("226", EPISODES, (ctx, child, eps, sink) -> {
                    for (int i = 0; i < eps.size(); i++) {
                        var e = eps.get(i);
                        if (!Places.isTemporary(e)) {
                            continue;
                        }
                        boolean previousHasReason = ctx.year() >= 2026 && i > 0
                                && !eps.get(i - 1).isBlank("REASON_PLACE_CHANGE");
                        if (!e.isBlank("REASON_PLACE_CHANGE") || previousHasReason) {
                            sink.fail(e);
                        }
                    }
                }),
                new RowRule("233", EPISODES, (ctx, e) -> !e.isBlank("REASON_PLACE_CHANGE") && e.isBlank("DEC")),
                new RowRule("234", EPISODES, (ctx, e) -> {
                    if (!"CUSTOD".equals(e.get("REASON_PLACE_CHANGE"))) {
                        return false;
                    }
                    var dob = ctx.dateOfBirth(e.child()).orElse(null);
                    var when = e.date("DEC") != null ? e.date("DEC") : e.date("DECOM");
                    return dob != null && when != null && !Ages.atLeast(dob, when, 10);
                }));
    }
}
