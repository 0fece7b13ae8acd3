package org.ourpromise.returns.rules.basics;

import static org.ourpromise.returns.Ssda903Table.EPISODES;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.CrossTableRule;
import org.ourpromise.returns.rules.support.EpisodeChain;
import org.ourpromise.returns.rules.support.Postcodes;
import org.ourpromise.returns.rules.support.CodeGroups;

/** Rules on the chain of a child's episodes and on the placement postcodes behind the derived fields. */
public final class EpisodeRules implements RuleGroup {

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new CrossTableRule("142", EpisodeRules::previousEpisodeNotEnded),
                new RowRule("148", EPISODES, (ctx, r) -> r.isBlank("DEC") != r.isBlank("REC")),
                new CrossTableRule("199", EpisodeRules::episodesAfterAdoption),
                new CrossTableRule("164", EpisodeRules::distanceNotDerivable),
                // PL_LA (169) and PL_LOCATION (179) are both derived from PL_POST alone (DOMAIN.md §1.5):
                // without a well-formed placement postcode neither can be derived. Short breaks are exempt.
                new RowRule("169", EPISODES, (ctx, r) -> !EpisodeChain.isShortBreak(r) && !Postcodes.isWellFormed(r.get("PL_POST"))),
                new RowRule("179", EPISODES, (ctx, r) -> !EpisodeChain.isShortBreak(r) && !Postcodes.isWellFormed(r.get("PL_POST"))));
    }

    /**
     * DfE rule 142: every episode but the child's latest (by start date) must have ended, with a date and a
     * reason. Episodes without a valid start date are left to rule 141.
     */
    private static void previousEpisodeNotEnded(RuleContext ctx, RuleSink sink) {
        for (var episodes : ctx.byChild(EPISODES).values()) {
            Ssda903Row latest = null;
            for (var e : episodes) {
                if (e.date("DECOM") != null) {
                    latest = e;
                }
            }
            for (var e : episodes) {
                if (e != latest && e.date("DECOM") != null && (e.isBlank("DEC") || e.isBlank("REC"))) {
                    sink.fail(e);
                }
            }
        }
    }

    /**
     * DfE rule 199: once a child has left care by adoption (REC E11/E12), in this year's or last year's
     * return, no later episode should exist. Every episode of this year starting after the first adoption
     * episode started is reported.
     */
    private static void episodesAfterAdoption(RuleContext ctx, RuleSink sink) {
        for (var entry : ctx.byChild(EPISODES).entrySet()) {
            LocalDate adoption = firstAdoptionStart(entry.getValue(), null);
            if (ctx.hasPrevious()) {
                adoption = firstAdoptionStart(ctx.previousRowsOf(EPISODES, entry.getKey()), adoption);
            }
            if (adoption == null) {
                continue;
            }
            for (var e : entry.getValue()) {
                LocalDate decom = e.date("DECOM");
                if (decom != null && decom.isAfter(adoption)) {
                    sink.fail(e);
                }
            }
        }
    }

    private static @Nullable LocalDate firstAdoptionStart(List<Ssda903Row> episodes,
            @Nullable LocalDate earliest) {
        for (var e : episodes) {
            LocalDate decom = e.date("DECOM");
            if (decom != null && CodeGroups.ADOPTED.contains(e.get("REC")) && (earliest == null || decom.isBefore(earliest))) {
                earliest = decom;
            }
        }
        return earliest;
    }

    /**
     * DfE rule 164 checks the derived PL_DISTANCE. Promise cannot derive it (no ONS Postcode Directory), so it
     * reports the episodes whose distance could not be derived from what was entered: a home or placement
     * postcode that is filled but not a postcode. A blank postcode is DfE's "not known" (distance 999.9, a
     * valid value). Children who are or were UASC (this or last year's UASC table) and short breaks are
     * exempt, as in the DfE rule.
     */
    private static void distanceNotDerivable(RuleContext ctx, RuleSink sink) {
        Set<String> uasc = new HashSet<>(ctx.byChild(Ssda903Table.UASC).keySet());
        for (var r : ctx.previousRows(Ssda903Table.UASC)) {
            uasc.add(r.child());
        }
        for (var e : ctx.rows(EPISODES)) {
            if (EpisodeChain.isShortBreak(e) || uasc.contains(e.child())) {
                continue;
            }
            if (malformed(e.get("HOME_POST")) || malformed(e.get("PL_POST"))) {
                sink.fail(e);
            }
        }
    }

    private static boolean malformed(String postcode) {
        return !postcode.isEmpty() && !Postcodes.isWellFormed(postcode);
    }
}
