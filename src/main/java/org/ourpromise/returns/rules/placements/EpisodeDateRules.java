package org.ourpromise.returns.rules.placements;

import static org.ourpromise.returns.Ssda903Table.EPISODES;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.Ages;
import org.ourpromise.returns.rules.support.ChildRule;

/** When episodes start and cease, and the reason the first one starts. */
public final class EpisodeDateRules implements RuleGroup {

    /** The Children Act 1989 came into force on 14 October 1991: no episode is older (rule 353). */
    static final LocalDate CHILDREN_ACT_1989 = LocalDate.of(1991, 10, 14);

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new RowRule("352", EPISODES, (ctx, e) -> {
                    var dob = ctx.dateOfBirth(e.child()).orElse(null);
                    return "S".equals(e.get("RNE")) && dob != null && e.date("DECOM") != null
                            && Ages.atLeast(dob, e.date("DECOM"), 18);
                }),
                new RowRule("353", EPISODES, (ctx, e) -> e.date("DECOM") != null
                        && e.date("DECOM").isBefore(CHILDREN_ACT_1989)),
                new RowRule("354", EPISODES, (ctx, e) -> e.date("DECOM") != null && e.date("DECOM").isAfter(ctx.end())),
                new RowRule("355", EPISODES, (ctx, e) -> e.date("DECOM") != null && e.date("DECOM").equals(e.date("DEC"))),
                new RowRule("356", EPISODES, (ctx, e) -> e.date("DECOM") != null && e.date("DEC") != null
                        && e.date("DEC").isBefore(e.date("DECOM"))),
                // DfE rule 357 only judges a first episode that starts in the year: an earlier start may
                // continue a period of care whose first episode ended before the year and is not returned
                new ChildRule("357", EPISODES, (ctx, child, eps, sink) -> {
                    var first = eps.get(0);
                    if (first.date("DECOM") != null && !first.date("DECOM").isBefore(ctx.start())
                            && !"S".equals(first.get("RNE"))) {
                        sink.fail(first);
                    }
                }),
                new RowRule("385", EPISODES, (ctx, e) -> e.date("DEC") != null && e.date("DEC").isAfter(ctx.end())));
    }
}
