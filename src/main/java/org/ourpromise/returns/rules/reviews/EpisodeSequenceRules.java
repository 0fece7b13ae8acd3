package org.ourpromise.returns.rules.reviews;

import static org.ourpromise.returns.Ssda903Table.EPISODES;

import java.util.List;
import java.util.Set;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.ConsecutiveEpisodes;
import org.ourpromise.returns.rules.support.EpisodeChain;
import org.ourpromise.returns.rules.support.CrossTableRule;

/**
 * Rules on how a child's episodes follow one another: the reason for a new episode (RNE, DOMAIN.md
 * §1.4.3) must match what changed since the episode before, and episodes must not overlap.
 */
public final class EpisodeSequenceRules implements RuleGroup {

    /** Reasons saying the child stayed in care from the previous episode (not S). */
    private static final Set<String> CONTINUING = Set.of("P", "L", "T", "U", "B");
    private static final List<String> PLACEMENT_FIELDS = List.of("PLACE", "PL_POST", "URN", "PLACE_PROVIDER");

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new ConsecutiveEpisodes("431", (ctx, prev, cur) -> "S".equals(cur.get("RNE"))
                        && cur.date("DECOM") != null && prev.date("DEC") != null
                        && !cur.date("DECOM").isAfter(prev.date("DEC"))),
                new ConsecutiveEpisodes("432", (ctx, prev, cur) -> ceasedCare(ctx, prev) && !"S".equals(cur.get("RNE"))),
                new ConsecutiveEpisodes("433", (ctx, prev, cur) -> CONTINUING.contains(cur.get("RNE"))
                        && !EpisodeChain.follows(prev, cur)),
                new ConsecutiveEpisodes("434", (ctx, prev, cur) -> "L".equals(cur.get("RNE"))
                        && (sameLegalStatus(prev, cur) || !samePlacement(prev, cur))),
                new ConsecutiveEpisodes("435", (ctx, prev, cur) -> isOneOf(cur.get("RNE"), "P", "T")
                        && (!sameLegalStatus(prev, cur) || samePlacement(prev, cur))),
                new ConsecutiveEpisodes("436", (ctx, prev, cur) -> isOneOf(cur.get("RNE"), "U", "B")
                        && (sameLegalStatus(prev, cur) || samePlacement(prev, cur))),
                new CrossTableRule("437", EpisodeSequenceRules::furtherEpisodesAfterLeaving),
                new ConsecutiveEpisodes("501", (ctx, prev, cur) -> cur.date("DECOM") != null && prev.date("DEC") != null
                        && cur.date("DECOM").isBefore(prev.date("DEC"))),
                // Category of need is set at the start of the period of care and does not change within it (DOMAIN.md §1.1).
                new ConsecutiveEpisodes("504", (ctx, prev, cur) -> "X1".equals(prev.get("REC"))
                        && EpisodeChain.follows(prev, cur) && !prev.get("CIN").equals(cur.get("CIN"))));
    }

    /** The previous episode ended the child's care: a valid reason other than X1 (DfE rule 432). */
    private static boolean ceasedCare(RuleContext ctx, Ssda903Row episode) {
        String rec = episode.get("REC");
        return !rec.equals("X1") && CodeList.REC.isValid(rec, ctx.year());
    }

    private static boolean sameLegalStatus(Ssda903Row a, Ssda903Row b) {
        return a.get("LS").equals(b.get("LS"));
    }

    /** Placement type, postcode, URN and provider all unchanged: the same placement. */
    private static boolean samePlacement(Ssda903Row a, Ssda903Row b) {
        for (var field : PLACEMENT_FIELDS) {
            if (!a.get(field).equals(b.get(field))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOneOf(String value, String... codes) {
        for (var c : codes) {
            if (c.equals(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 437: an episode ending because the child died (E2) or was assessed to be 18 or over (E15)
     * cannot be followed by another episode.
     */
    private static void furtherEpisodesAfterLeaving(RuleContext ctx, RuleSink sink) {
        for (var episodes : ctx.byChild(EPISODES).values()) {
            for (int i = 0; i + 1 < episodes.size(); i++) {
                var e = episodes.get(i);
                if (isOneOf(e.get("REC"), "E2", "E15") && e.date("DECOM") != null
                        && episodes.get(i + 1).date("DECOM") != null) {
                    sink.fail(e);
                }
            }
        }
    }
}
