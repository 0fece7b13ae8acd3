package org.ourpromise.returns.rules.basics;

import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.HEADER;
import static org.ourpromise.returns.Ssda903Table.OC3;

import java.util.List;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.EpisodeChain;
import org.ourpromise.returns.rules.support.NotInCsvReturn;
import org.ourpromise.returns.rules.support.CodeGroups;

/** Header rules on motherhood, which depend on the SEX codes of the year (1/2 to 2023-24, M/F/U after). */
public final class HeaderRules implements RuleGroup {

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new RowRule("165", HEADER, HeaderRules::motherStatusWrong),
                new RowRule("174", HEADER, (ctx, r) -> !r.isBlank("MC_DOB") && isMale(ctx, r)),
                // 105 checks the XML return's Header UASC flag (0 or 1). The CSV return has no flag: a
                // child is UASC by having a UASC row, which INT09, INT18, INT21 and INT36 tie to the Header.
                new NotInCsvReturn("105", "checks the Header UASC flag of the XML return; a CSV return records UASC"
                        + " status as UASC rows, which INT09, INT18, INT21 and INT36 check against the Header"));
    }

    static boolean isMale(RuleContext ctx, Ssda903Row header) {
        return CodeGroups.isMale(header.get("SEX"), ctx.year());
    }

    static boolean isFemale(RuleContext ctx, Ssda903Row header) {
        return CodeGroups.isFemale(header.get("SEX"), ctx.year());
    }

    /**
     * DfE rule 165: MOTHER, when given, is 0 or 1 and only for girls; a girl looked after during the year
     * (an episode other than a short break overlapping the year) must have it; a care leaver not looked
     * after this year (no such episode, OC3 information given) must not.
     */
    private static boolean motherStatusWrong(RuleContext ctx, Ssda903Row h) {
        String mother = h.get("MOTHER");
        if (!mother.isEmpty() && (!Fields.ZERO_ONE.contains(mother) || isMale(ctx, h))) {
            return true;
        }
        if (!isFemale(ctx, h)) {
            return false;
        }
        boolean lookedAfterInYear = false;
        for (var e : ctx.rowsOf(EPISODES, h.child())) {
            if (!EpisodeChain.isShortBreak(e) && EpisodeChain.overlaps(e, ctx.start(), ctx.end())) {
                lookedAfterInYear = true;
                break;
            }
        }
        if (lookedAfterInYear) {
            return mother.isEmpty();
        }
        return !mother.isEmpty() && CareLeaverInformation.given(ctx.rowsOf(OC3, h.child()));
    }
}
