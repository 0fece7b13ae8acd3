package org.ourpromise.returns.rules;

import java.util.Optional;

/**
 * One DfE validation rule. It reads the indexed return in {@link RuleContext} and reports each
 * failing row to the {@link RuleSink}. Rules branch on {@code ctx.year()} where DfE changed them.
 */
public interface ValidationRule {

    String code();

    void check(RuleContext ctx, RuleSink sink);

    /**
     * Why the rule cannot be checked on this return with this reference data (a postcode directory
     * not supplied, a field only the XML return carries), or empty when it can. A rule that cannot
     * run is reported as skipped with this reason, never as passed.
     */
    default Optional<String> cannotRun(RuleContext ctx) {
        return Optional.empty();
    }
}
