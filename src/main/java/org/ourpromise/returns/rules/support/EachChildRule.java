package org.ourpromise.returns.rules.support;

import java.util.LinkedHashSet;
import java.util.List;
import org.ourpromise.returns.Ssda903Table;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;

/**
 * A rule checked once for each child with rows in any of the given tables, reading whatever it
 * needs from the context's indexes. A row the check reaches from several sides is reported once.
 */
public record EachChildRule(String code, List<Ssda903Table> tables, Check check) implements ValidationRule {

    @FunctionalInterface
    public interface Check {
        void check(RuleContext ctx, String child, RuleSink sink);
    }

    public EachChildRule {
        tables = List.copyOf(tables);
    }

    @Override
    public void check(RuleContext ctx, RuleSink sink) {
        var once = new ReportedOnce(sink);
        var children = new LinkedHashSet<String>();
        for (var table : tables) {
            children.addAll(ctx.byChild(table).keySet());
        }
        for (var child : children) {
            check.check(ctx, child, once);
        }
    }
}
