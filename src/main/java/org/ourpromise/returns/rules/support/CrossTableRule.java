package org.ourpromise.returns.rules.support;

import java.util.function.BiConsumer;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;

/** A rule that reads several indexed tables (or several rows of a child) at once, written as one body. */
public record CrossTableRule(String code, BiConsumer<RuleContext, RuleSink> body) implements ValidationRule {

    @Override
    public void check(RuleContext ctx, RuleSink sink) {
        body.accept(ctx, sink);
    }
}
