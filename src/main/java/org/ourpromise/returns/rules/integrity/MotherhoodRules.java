package org.ourpromise.returns.rules.integrity;

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
import org.ourpromise.returns.rules.support.CodeGroups;

/**
 * Header MOTHER (1 = the girl is a mother) and MC_DOB (her first child's date of birth), checked
 * against the episodes and last year's Header (DOMAIN.md §1.3 Header). Reported on the Header row.
 */
public final class MotherhoodRules implements RuleGroup {

    private static final String MOTHER = "1";
    private static final String NOT_A_MOTHER = "0";
    /** DfE rule 620: a mother younger than this at the start of the year is implausible. */
    private static final int YOUNGEST_MOTHER = 11;

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new RowRule("607", HEADER, (ctx, r) -> CodeGroups.isFemale(r.get("SEX"), ctx.year()) && r.isBlank("MOTHER")
                        && ceasedInYear(ctx, r.child())),
                new RowRule("611", HEADER, (ctx, r) -> MOTHER.equals(r.get("MOTHER")) && r.isBlank("MC_DOB")),
                new RowRule("612", HEADER, (ctx, r) -> CodeGroups.isFemale(r.get("SEX"), ctx.year()) && !r.isBlank("MC_DOB")
                        && !MOTHER.equals(r.get("MOTHER"))),
                new RowRule("620", HEADER, (ctx, r) -> MOTHER.equals(r.get("MOTHER")) && r.date("DOB") != null
                        && r.date("DOB").plusYears(YOUNGEST_MOTHER).isAfter(ctx.start())),
                new RowRule("621", HEADER, (ctx, r) -> r.date("DOB") != null && r.date("MC_DOB") != null
                        && r.date("MC_DOB").isBefore(r.date("DOB"))),
                new RowRule("624", HEADER, (ctx, r) -> r.date("MC_DOB") != null
                        && ctx.previousRowsOf(HEADER, r.child()).stream().anyMatch(last ->
                                last.date("MC_DOB") != null && !last.date("MC_DOB").equals(r.date("MC_DOB")))),
                new RowRule("625", HEADER, MotherhoodRules::firstChildBornAfterYearOrLeavingCare),
                new RowRule("626", HEADER, (ctx, r) -> MOTHER.equals(r.get("MOTHER")) && r.date("MC_DOB") != null
                        && r.date("MC_DOB").isBefore(ctx.start())
                        && ctx.previousRowsOf(HEADER, r.child()).stream()
                                .anyMatch(last -> NOT_A_MOTHER.equals(last.get("MOTHER")))),
                // 628: a care leaver reported only in OC3 was not looked after this year.
                new RowRule("628", HEADER, (ctx, r) -> !r.isBlank("MOTHER") && !ctx.rowsOf(OC3, r.child()).isEmpty()
                        && ctx.rowsOf(EPISODES, r.child()).isEmpty()));
    }

    /**
     * DfE rule 607: the child left care in the year: an episode ended in the year with a reason
     * other than X1 (a new episode the same day), not a short break (V3/V4).
     */
    private static boolean ceasedInYear(RuleContext ctx, String child) {
        for (var e : ctx.rowsOf(EPISODES, child)) {
            var dec = e.date("DEC");
            if (dec != null && !dec.isBefore(ctx.start()) && !dec.isAfter(ctx.end()) && !e.isBlank("REC")
                    && !"X1".equals(e.get("REC")) && !EpisodeChain.isShortBreak(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean firstChildBornAfterYearOrLeavingCare(RuleContext ctx, Ssda903Row r) {
        var born = r.date("MC_DOB");
        if (born == null) {
            return false;
        }
        return born.isAfter(ctx.end()) || CareFacts.ceasedCare(ctx, r.child()).map(born::isAfter).orElse(false);
    }
}
