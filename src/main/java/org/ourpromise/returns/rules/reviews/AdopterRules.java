package org.ourpromise.returns.rules.reviews;

import static org.ourpromise.returns.Ssda903Table.AD1;

import java.util.List;
import java.util.Set;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.ValidationRule;

/**
 * Rules that the adopters' number, sexes and legal status agree (DOMAIN.md §1.4.12). A blank
 * SEX_ADOPTR disagrees with any legal status that needs a particular code.
 */
public final class AdopterRules implements RuleGroup {

    private static final Set<String> SINGLE = Set.of("M1", "F1");
    private static final Set<String> SAME_SEX_COUPLE = Set.of("MM", "FF");
    private static final Set<String> COUPLE = Set.of("MM", "FF", "MF");

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new RowRule("511", AD1, (ctx, r) -> "2".equals(r.get("NB_ADOPTR")) && SINGLE.contains(r.get("SEX_ADOPTR"))),
                legalStatusNeeds("514", "L0", SINGLE),
                legalStatusNeeds("517", "L3", Set.of("MF")),
                legalStatusNeeds("518", "L4", SAME_SEX_COUPLE),
                legalStatusNeeds("519", "L2", COUPLE),
                legalStatusNeeds("520", "L11", Set.of("MF")),
                legalStatusNeeds("524", "L12", SAME_SEX_COUPLE));
    }

    private static RowRule legalStatusNeeds(String code, String legalStatus, Set<String> sexes) {
        return new RowRule(code, AD1, (ctx, r) -> legalStatus.equals(r.get("LS_ADOPTR"))
                && !sexes.contains(r.get("SEX_ADOPTR")));
    }
}
