package org.ourpromise.returns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import org.ourpromise.returns.rules.RuleBook;
import org.ourpromise.returns.rules.RuleContext;

/**
 * Runs every rule of a collection year over a return. Rules that need last year's return or
 * reference data that was not supplied are reported as skipped, with the reason.
 */
public final class ReturnValidator {

    private ReturnValidator() {
    }

    public static ValidationReport validate(Ssda903Return current, Optional<Ssda903Return> previous, int year,
            ReferenceData reference) {
        var ctx = new RuleContext(current, previous, year, reference);
        var run = new ArrayList<String>();
        var skipped = new ArrayList<SkippedRule>();
        var failures = new ArrayList<RuleFailure>();
        for (var description : RuleCatalogue.forYear(year).values()) {
            var rule = RuleBook.all().get(description.code());
            if (rule == null) {
                skipped.add(new SkippedRule(description.code(), "not yet implemented in Promise"));
            } else if (description.needsPreviousReturn() && previous.isEmpty()) {
                skipped.add(new SkippedRule(description.code(), "needs last year's return (--prev)"));
            } else if (description.needsProviderInformation() && reference.providers().isEmpty()) {
                skipped.add(new SkippedRule(description.code(), "needs Ofsted provider information"));
            } else if (rule.cannotRun(ctx).isPresent()) {
                skipped.add(new SkippedRule(description.code(), rule.cannotRun(ctx).get()));
            } else {
                rule.check(ctx, row -> failures.add(
                        new RuleFailure(description.code(), row.table().dfeName(), row.child(), row.rowNumber(),
                                row.source())));
                run.add(description.code());
            }
        }
        failures.sort(Comparator.comparing(RuleFailure::rule).thenComparing(RuleFailure::source)
                .thenComparingInt(RuleFailure::row));
        return new ValidationReport(year, run, failures, skipped);
    }
}
