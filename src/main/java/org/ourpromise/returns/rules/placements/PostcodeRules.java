package org.ourpromise.returns.rules.placements;

import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.UASC;

import java.util.regex.Pattern;
import java.util.List;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.EpisodeChain;
import org.ourpromise.returns.rules.support.Postcodes;

/**
 * Home and placement postcodes, from which DfE derives the placement distance (DOMAIN.md §1.5).
 * DfE looks postcodes up in the ONS Postcode Directory, which Promise does not ship: a postcode is
 * "valid" here when it has the shape of a UK postcode, and a distance can be derived when both
 * postcodes are valid. UNCONFIRMED against the ONS directory: a well-formed postcode that does not
 * exist passes 392a and 392c here.
 */
public final class PostcodeRules implements RuleGroup {

    /** Outward code (area, district) and inward code (sector, unit); one optional space. */
    private static final Pattern UK_POSTCODE =
            Pattern.compile("^(GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})$", Pattern.CASE_INSENSITIVE);

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new RowRule("392a", EPISODES, (ctx, e) -> distanceExpected(ctx, e)
                        && !(Postcodes.isWellFormed(e.get("HOME_POST")) && Postcodes.isWellFormed(e.get("PL_POST")))),
                new RowRule("392b", EPISODES, (ctx, e) -> distanceExpected(ctx, e)
                        && (e.isBlank("HOME_POST") || e.isBlank("PL_POST"))),
                new RowRule("392c", EPISODES, (ctx, e) -> (!e.isBlank("HOME_POST") && !Postcodes.isWellFormed(e.get("HOME_POST")))
                        || (!e.isBlank("PL_POST") && !Postcodes.isWellFormed(e.get("PL_POST")))),
                new RowRule("392d", EPISODES, (ctx, e) -> !e.isBlank("HOME_POST") && !e.isBlank("PL_POST")
                        && Postcodes.normalise(e.get("HOME_POST")).equals(Postcodes.normalise(e.get("PL_POST")))
                        && !"P1".equals(e.get("PLACE"))),
                new RowRule("398", EPISODES, (ctx, e) -> EpisodeChain.isShortBreak(e)
                        && (!e.isBlank("HOME_POST") || !e.isBlank("PL_POST"))));
    }

    /**
     * Postcodes (and so a distance) are expected for every episode except short breaks and children
     * who were UASC this year or last (their home postcode may be unknown; DfE rules 392a/b note).
     */
    private static boolean distanceExpected(RuleContext ctx, Ssda903Row e) {
        return !EpisodeChain.isShortBreak(e) && ctx.rowsOf(UASC, e.child()).isEmpty()
                && ctx.previousRowsOf(UASC, e.child()).isEmpty();
    }
}
