package org.ourpromise.returns.rules;

import java.util.function.BiPredicate;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/** The common shape of a rule: each row of one table fails on its own, given the context. */
public record RowRule(String code, Ssda903Table table, BiPredicate<RuleContext, Ssda903Row> fails)
        implements ValidationRule {

    @Override
    public void check(RuleContext ctx, RuleSink sink) {
        for (var row : ctx.rows(table)) {
            if (fails.test(ctx, row)) {
                sink.fail(row);
            }
        }
    }
}
