package org.ourpromise.dataquality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ourpromise.returns.RuleCatalogue;
import org.ourpromise.returns.ValidationReport;

/**
 * The council's return checked on a day: for each failing rule its message and the children behind
 * it, and the rules that could not run and why.
 */
public record DataQualitySummary(LocalDate asAt, int year, int rulesRun, List<RuleCount> rules,
        List<org.ourpromise.returns.SkippedRule> skipped) {

    /** One rule's failures: how many rows, and which children. */
    public record RuleCount(String rule, String message, long failures, List<String> children, List<String> fields) {

        /** What to do about a failure, in words. */
        public String whatToDo() {
            return org.ourpromise.casefile.FactForms.whatToDo(fields);
        }

        /** The recording form that puts the fact right, or null when it is the child's details. */
        public org.ourpromise.casefile.FactForms.@org.jspecify.annotations.Nullable Fix fix() {
            return org.ourpromise.casefile.FactForms.forFields(fields);
        }
    }

    static DataQualitySummary of(ValidationReport report, LocalDate asAt) {
        var catalogue = RuleCatalogue.forYear(report.year());
        Map<String, TreeSet<String>> children = new TreeMap<>();
        report.failures().forEach(f -> children.computeIfAbsent(f.rule(), k -> new TreeSet<>()).add(f.child()));
        var rules = new ArrayList<RuleCount>();
        report.failuresByRule().forEach((rule, count) -> rules.add(new RuleCount(rule,
                catalogue.containsKey(rule) ? catalogue.get(rule).message().replaceAll("\\s*\\[NOTE:.*?\\]", "") : rule,
                count, List.copyOf(children.get(rule)),
                catalogue.containsKey(rule) ? catalogue.get(rule).fields() : List.<String>of())));
        rules.sort((a, b) -> Long.compare(b.failures(), a.failures()));
        return new DataQualitySummary(asAt, report.year(), report.rulesRun().size(), rules, report.skipped());
    }

    public String yearLabel() {
        return (year - 1) + "-" + String.format("%02d", year % 100);
    }

    public long totalFailures() {
        return rules.stream().mapToLong(RuleCount::failures).sum();
    }
}
