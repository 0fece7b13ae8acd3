package org.ourpromise.returns.rules;

import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.HEADER;

import java.util.List;
import org.ourpromise.returns.CodeList;

/** Rules that a coded field holds a code of the year's list (DOMAIN.md §1.4). */
final class CodeListRules implements RuleGroup {

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new RowRule("101", HEADER, (ctx, r) -> !CodeList.SEX.isValid(r.get("SEX"), ctx.year())),
                new RowRule("103", HEADER, (ctx, r) -> !CodeList.ETHNIC.isValid(r.get("ETHNIC"), ctx.year())),
                new RowRule("143", EPISODES, (ctx, r) -> !CodeList.RNE.isValid(r.get("RNE"), ctx.year())),
                new RowRule("144", EPISODES, (ctx, r) -> !CodeList.LS.isValid(r.get("LS"), ctx.year())),
                new RowRule("145", EPISODES, (ctx, r) -> !CodeList.CIN.isValid(r.get("CIN"), ctx.year())),
                new RowRule("146", EPISODES, (ctx, r) -> !CodeList.PLACE.isValid(r.get("PLACE"), ctx.year())),
                new RowRule("149", EPISODES,
                        (ctx, r) -> !r.isBlank("REC") && !CodeList.REC.isValid(r.get("REC"), ctx.year())));
    }
}
