package org.ourpromise.returns.rules;

/**
 * One DfE validation rule. It reads the indexed return in {@link RuleContext} and reports each
 * failing row to the {@link RuleSink}. Rules branch on {@code ctx.year()} where DfE changed them.
 */
public interface ValidationRule {

    String code();

    void check(RuleContext ctx, RuleSink sink);
}
