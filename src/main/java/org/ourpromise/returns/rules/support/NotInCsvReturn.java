package org.ourpromise.returns.rules.support;

import java.util.Optional;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;

/**
 * A catalogued rule on a field that only the XML return carries, which a CSV return cannot get
 * wrong. It is always reported as skipped with the reason, never as passed.
 */
public record NotInCsvReturn(String code, String reason) implements ValidationRule {

    @Override
    public void check(RuleContext ctx, RuleSink sink) {
        // nothing to check: see reason
    }

    @Override
    public Optional<String> cannotRun(RuleContext ctx) {
        return Optional.of(reason);
    }
}
