package org.ourpromise.returns.rules.support;

import java.util.List;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;

/**
 * A rule that looks at each child's rows of one table together (episodes in DECOM order), read
 * from the context's index: one pass over the table, whatever the rule compares.
 */
public record ChildRule(String code, Ssda903Table table, Check check) implements ValidationRule {

    @FunctionalInterface
    public interface Check {
        void check(RuleContext ctx, String child, List<Ssda903Row> rows, RuleSink sink);
    }

    @Override
    public void check(RuleContext ctx, RuleSink sink) {
        for (var entry : ctx.byChild(table).entrySet()) {
            check.check(ctx, entry.getKey(), entry.getValue(), sink);
        }
    }
}
