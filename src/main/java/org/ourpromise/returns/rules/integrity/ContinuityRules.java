package org.ourpromise.returns.rules.integrity;

import static org.ourpromise.returns.Ssda903Table.EPISODES;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.CrossTableRule;

/**
 * An episode open on 1 April was in last year's return too: the two returns must join up.
 * Reported on the child's earliest episode this year.
 */
public final class ContinuityRules implements RuleGroup {

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new CrossTableRule("562", (ctx, sink) -> check(ctx, sink, true)),
                new CrossTableRule("NoE", (ctx, sink) -> check(ctx, sink, false)));
    }

    /**
     * 562: last year's latest episode must be the one this year begins with (same DECOM). NoE: the
     * child has no episodes at all last year. A child absent last year fails NoE only, not both.
     */
    private static void check(RuleContext ctx, RuleSink sink, boolean continuity) {
        for (var entry : ctx.byChild(EPISODES).entrySet()) {
            var first = entry.getValue().get(0);
            var decom = first.date("DECOM");
            if (decom == null || !decom.isBefore(ctx.start())) {
                continue;
            }
            var last = ctx.previousRowsOf(EPISODES, entry.getKey());
            if (!continuity) {
                if (last.isEmpty()) {
                    sink.fail(first);
                }
                continue;
            }
            if (last.isEmpty()) {
                continue;
            }
            LocalDate latest = null;
            for (var e : last) {
                var d = e.date("DECOM");
                if (d != null && (latest == null || d.isAfter(latest))) {
                    latest = d;
                }
            }
            if (!decom.equals(latest)) {
                sink.fail(first);
            }
        }
    }
}
