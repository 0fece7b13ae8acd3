package org.ourpromise.returns.rules.placements;

import static org.ourpromise.returns.Ssda903Table.AD1;
import static org.ourpromise.returns.Ssda903Table.EPISODES;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.ChildRule;
import org.ourpromise.returns.rules.support.EpisodeChain;
import org.ourpromise.returns.rules.support.CodeGroups;

/**
 * The adoption timeline: decision that the child should be placed (DATE_INT), match (DATE_MATCH),
 * placement for adoption (the first A3–A6 episode) and adoption (REC E11/E12) (DOMAIN.md §1.3 AD1).
 */
public final class AdoptionRules implements RuleGroup {

    /** Placement types meaning the adopters are the current foster carers, and those meaning not (rule 335). */
    private static final Set<String> WITH_FOSTER_CARER = Set.of("A2", "A3", "A5");
    private static final Set<String> NOT_WITH_FOSTER_CARER = Set.of("A1", "A4", "A6");
    /** What may come immediately before placement for adoption with the current foster carer (rule 336). */
    private static final Set<String> BEFORE_ADOPTION_WITH_CARER =
            Set.of("A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6");

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new RowRule("331", AD1, (ctx, ad) -> {
                    var placed = placedForAdoption(ctx, ad.child());
                    return ad.date("DATE_MATCH") != null && placed != null && ad.date("DATE_MATCH").isAfter(placed);
                }),
                new RowRule("333", AD1, (ctx, ad) -> ad.date("DATE_INT") != null && ad.date("DATE_MATCH") != null
                        && ad.date("DATE_INT").isAfter(ad.date("DATE_MATCH"))),
                new RowRule("334", AD1, (ctx, ad) -> {
                    var started = latestPeriodStart(ctx, ad.child());
                    return ad.date("DATE_INT") != null && started != null && ad.date("DATE_INT").isBefore(started);
                }),
                new RowRule("335", AD1, AdoptionRules::fosterCareDisagrees),
                new ChildRule("336", EPISODES, (ctx, child, eps, sink) -> {
                    for (int i = 1; i < eps.size(); i++) {
                        var e = eps.get(i);
                        if (Set.of("A3", "A5").contains(e.get("PLACE")) && !EpisodeChain.startsPeriod(eps, i)
                                && !BEFORE_ADOPTION_WITH_CARER.contains(eps.get(i - 1).get("PLACE"))) {
                            sink.fail(e);
                        }
                    }
                }));
    }

    /** The episode that ended in adoption (the latest with REC E11/E12), or the latest episode. */
    private static int adoptionEpisode(List<Ssda903Row> eps) {
        for (int i = eps.size() - 1; i >= 0; i--) {
            if (CodeGroups.ADOPTED.contains(eps.get(i).get("REC"))) {
                return i;
            }
        }
        return eps.size() - 1;
    }

    /** DECOM of the first A3–A6 episode in the period of care that ended in adoption. */
    private static LocalDate placedForAdoption(RuleContext ctx, String child) {
        var eps = ctx.rowsOf(EPISODES, child);
        if (eps.isEmpty()) {
            return null;
        }
        int last = adoptionEpisode(eps);
        for (int i = EpisodeChain.periodStartIndex(eps, last); i <= last; i++) {
            if (CodeGroups.PLACED_FOR_ADOPTION.contains(eps.get(i).get("PLACE"))) {
                return eps.get(i).date("DECOM");
            }
        }
        return null;
    }

    /** DfE rule 334: the latest period of care starts with the latest episode whose RNE is S. */
    private static LocalDate latestPeriodStart(RuleContext ctx, String child) {
        var eps = ctx.rowsOf(EPISODES, child);
        for (int i = eps.size() - 1; i >= 0; i--) {
            if ("S".equals(eps.get(i).get("RNE"))) {
                return eps.get(i).date("DECOM");
            }
        }
        return null;
    }

    private static boolean fosterCareDisagrees(RuleContext ctx, Ssda903Row ad) {
        var eps = ctx.rowsOf(EPISODES, ad.child());
        if (eps.isEmpty()) {
            return false;
        }
        var place = eps.get(adoptionEpisode(eps)).get("PLACE");
        return switch (ad.get("FOSTER_CARE")) {
            case "0" -> WITH_FOSTER_CARER.contains(place);
            case "1" -> NOT_WITH_FOSTER_CARER.contains(place);
            default -> false;
        };
    }
}
