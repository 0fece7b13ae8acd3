package org.ourpromise.returns;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What validating a return found: the rules run, their failures, and the rules skipped and why. */
public record ValidationReport(int year, List<String> rulesRun, List<RuleFailure> failures,
        List<SkippedRule> skipped) {

    public ValidationReport {
        rulesRun = List.copyOf(rulesRun);
        failures = List.copyOf(failures);
        skipped = List.copyOf(skipped);
    }

    /** Failures counted per rule code, sorted by code. */
    public Map<String, Long> failuresByRule() {
        var counts = new TreeMap<String, Long>();
        failures.forEach(f -> counts.merge(f.rule(), 1L, Long::sum));
        return counts;
    }
}
