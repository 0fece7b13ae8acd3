package org.ourpromise.returns.rules.integrity;

import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.MISSING;

import java.util.List;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.Ages;
import org.ourpromise.returns.rules.support.CrossTableRule;
import org.ourpromise.returns.rules.support.DatedPeriods;

/** Missing and away-from-placement-without-authorisation periods (DOMAIN.md §1.3 Missing, §2.9). */
public final class MissingRules implements RuleGroup {

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new RowRule("564", MISSING, (ctx, r) -> !r.isBlank("MISSING") && r.isBlank("MIS_START")),
                new RowRule("565", MISSING, (ctx, r) -> !r.isBlank("MIS_START") && r.isBlank("MISSING")),
                new RowRule("566", MISSING, (ctx, r) -> !r.isBlank("MIS_END") && r.isBlank("MISSING")),
                new RowRule("567", MISSING, (ctx, r) -> r.date("MIS_START") != null && r.date("MIS_END") != null
                        && r.date("MIS_END").isBefore(r.date("MIS_START"))),
                new RowRule("570", MISSING, (ctx, r) -> r.date("MIS_START") != null
                        && r.date("MIS_START").isAfter(ctx.end())),
                new RowRule("571", MISSING, (ctx, r) -> r.date("MIS_END") != null
                        && (r.date("MIS_END").isBefore(ctx.start()) || r.date("MIS_END").isAfter(ctx.end()))),
                new CrossTableRule("574", (ctx, sink) -> DatedPeriods.failOverlaps(ctx, MISSING, "MIS_START", "MIS_END", sink)),
                new RowRule("575", MISSING, MissingRules::openAfterItsPlacementEnded),
                new CrossTableRule("576", (ctx, sink) ->
                        DatedPeriods.failUncarriedOpenPeriods(ctx, MISSING, "MIS_START", "MIS_END", sink)),
                new RowRule("577", MISSING, (ctx, r) -> r.isBlank("MIS_END")
                        && CareFacts.ceasedCare(ctx, r.child()).isPresent()),
                new RowRule("578", MISSING, (ctx, r) -> r.date("MIS_START") != null
                        && CareFacts.ceasedCare(ctx, r.child()).map(r.date("MIS_START")::isAfter).orElse(false)),
                new CrossTableRule("580", MissingRules::missingOnLeavingCareAt18),
                new RowRule("581", MISSING, (ctx, r) -> {
                    var first = CareFacts.firstDecom(ctx, r.child());
                    return first != null && r.date("MIS_START") != null && r.date("MIS_START").isBefore(first);
                }),
                new RowRule("586", MISSING, (ctx, r) -> {
                    var dob = Ages.dateOfBirth(ctx, r);
                    return dob != null && r.date("MIS_START") != null && r.date("MIS_START").isBefore(dob);
                }));
    }

    /**
     * DfE rule 575: an open period whose placement has ended. The placement is the episode the child
     * was in on the day the period started (the latest episode begun on or before it); when that
     * episode has a DEC the period must have ended too.
     */
    private static boolean openAfterItsPlacementEnded(RuleContext ctx, Ssda903Row r) {
        var start = r.date("MIS_START");
        if (!r.isBlank("MIS_END") || start == null) {
            return false;
        }
        Ssda903Row current = null;
        for (var e : ctx.rowsOf(EPISODES, r.child())) {
            var decom = e.date("DECOM");
            if (decom != null && !decom.isAfter(start)) {
                current = e;
            }
        }
        if (current == null) {
            return false;
        }
        var dec = current.date("DEC");
        return dec != null && !start.isAfter(dec);
    }

    /**
     * DfE rule 580: a child who is still missing on the day they turn 18 and leave care that day
     * has left care for "any other reason" (E8). Reported on the episode whose REC is wrong.
     */
    private static void missingOnLeavingCareAt18(RuleContext ctx, RuleSink sink) {
        for (var entry : ctx.byChild(MISSING).entrySet()) {
            var episodes = ctx.rowsOf(EPISODES, entry.getKey());
            if (episodes.isEmpty()) {
                continue;
            }
            for (var e : episodes) {
                var dec = e.date("DEC");
                if (dec == null || "E8".equals(e.get("REC"))) {
                    continue;
                }
                for (var m : entry.getValue()) {
                    var dob = Ages.dateOfBirth(ctx, m);
                    if (dob != null && dec.equals(m.date("MIS_END")) && dec.equals(dob.plusYears(18))) {
                        sink.fail(e);
                        break;
                    }
                }
            }
        }
    }
}
