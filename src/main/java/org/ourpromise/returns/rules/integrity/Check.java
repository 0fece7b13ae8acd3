package org.ourpromise.returns.rules.integrity;

import java.util.function.BiConsumer;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;

/** A rule that reads several tables (or several rows of a child) at once, written as one body. */
record Check(String code, BiConsumer<RuleContext, RuleSink> body) implements ValidationRule {

    @Override
    public void check(RuleContext ctx, RuleSink sink) {
        body.accept(ctx, sink);
    }
}
