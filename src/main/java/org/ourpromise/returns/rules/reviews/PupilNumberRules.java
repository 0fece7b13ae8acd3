package org.ourpromise.returns.rules.reviews;

import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.HEADER;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.EpisodeChain;
import org.ourpromise.returns.rules.support.CrossTableRule;

/** Rules on the Unique Pupil Number in the Header (DOMAIN.md §1.3, unknown reasons §1.4.2). */
public final class PupilNumberRules implements RuleGroup {

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                // Every looked-after child needs a UPN or an unknown reason; children only on short breaks do not.
                new RowRule("442", HEADER, (ctx, h) -> h.isBlank("UPN") && hasEpisodeOtherThanShortBreaks(ctx, h)),
                new CrossTableRule("444", PupilNumberRules::duplicateUpn));
    }

    private static boolean hasEpisodeOtherThanShortBreaks(RuleContext ctx, Ssda903Row header) {
        for (var e : ctx.rowsOf(EPISODES, header.child())) {
            if (!EpisodeChain.isShortBreak(e)) {
                return true;
            }
        }
        return false;
    }

    /** 444 (from 2025-26): a real UPN appears on one Header row only; the UN1–UN5 reasons may repeat. */
    private static void duplicateUpn(RuleContext ctx, RuleSink sink) {
        var byUpn = new HashMap<String, List<Ssda903Row>>();
        for (var h : ctx.rows(HEADER)) {
            String upn = h.get("UPN");
            if (!upn.isEmpty() && !CodeList.UPN_UNKNOWN.isValid(upn, ctx.year())) {
                byUpn.computeIfAbsent(upn, k -> new ArrayList<>()).add(h);
            }
        }
        for (var rows : byUpn.values()) {
            if (rows.size() > 1) {
                rows.forEach(sink::fail);
            }
        }
    }
}
