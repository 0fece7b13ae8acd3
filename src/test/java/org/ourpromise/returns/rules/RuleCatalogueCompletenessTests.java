package org.ourpromise.returns.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ourpromise.returns.ReferenceData;
import org.ourpromise.returns.ReturnValidator;
import org.ourpromise.returns.RuleCatalogue;
import org.ourpromise.returns.SkippedRule;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.rules.support.NotInCsvReturn;

/**
 * The catalogue is the contract: every rule of every year has an implementation and a case file
 * with at least one passing and one failing row; nothing is implemented that DfE does not list.
 */
class RuleCatalogueCompletenessTests {

    @Test
    void everyCataloguedRuleOfEveryYearIsImplemented() {
        var missing = new ArrayList<String>();
        for (int year : RuleCatalogue.YEARS) {
            for (var code : RuleCatalogue.forYear(year).keySet()) {
                if (!RuleBook.all().containsKey(code)) {
                    missing.add(code + " (" + year + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * A rule on a field only the XML return carries has nothing to fail in a CSV return: instead of
     * cases it must say why, and the validator must report it skipped with that reason every year.
     */
    @Test
    void rulesThatCannotApplyToACsvReturnAreSkippedWithTheirReason() {
        for (int year : RuleCatalogue.YEARS) {
            var report = ReturnValidator.validate(Ssda903Return.of(Map.of()), Optional.empty(), year,
                    ReferenceData.none());
            for (var code : RuleCatalogue.forYear(year).keySet()) {
                if (RuleBook.all().get(code) instanceof NotInCsvReturn rule) {
                    assertThat(report.skipped()).as("%s in %d", code, year)
                            .contains(new SkippedRule(code, rule.reason()));
                    assertThat(rule.reason()).as(code).hasSizeGreaterThan(40);
                }
            }
        }
    }

    @Test
    void everyImplementedRuleHasCasesThatPassAndFail() throws IOException {
        var problems = new ArrayList<String>();
        for (var code : RuleBook.all().keySet()) {
            if (RuleBook.all().get(code) instanceof NotInCsvReturn) {
                continue;
            }
            var file = RuleCasesTests.CASES.resolve(code + ".txt");
            if (!file.toFile().exists()) {
                problems.add(code + ": no case file");
                continue;
            }
            var cases = RuleCaseFile.read(file).cases();
            if (cases.stream().mapToInt(c -> c.expectedFailures().size()).sum() == 0) {
                problems.add(code + ": no failing row");
            }
            if (cases.stream().mapToInt(RuleCaseFile.Case::passingRows).sum() == 0) {
                problems.add(code + ": no passing row");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void eachRuleKnowsTheYearsItAppliesTo() {
        // 217t, 230 and 370 exist only in 2023-24; 445 and 451 until 2024-25; DoLO rules (700s) from 2026-27
        assertThat(RuleCatalogue.yearsOf("217t")).containsExactly(2024);
        assertThat(RuleCatalogue.yearsOf("445")).containsExactly(2024, 2025);
        assertThat(RuleCatalogue.yearsOf("700")).containsExactly(2027);
        assertThat(RuleCatalogue.yearsOf("101")).containsExactly(2024, 2025, 2026, 2027);
        assertThat(RuleCatalogue.yearsOf("NOPE")).isEmpty();
        assertThat(RuleCatalogue.describe("700", 2027)).hasValueSatisfying(d -> {
            assertThat(d.message()).contains("DoLO");
            assertThat(d.tables()).contains("DoLo");
            assertThat(d.fields()).contains("DOLO_START");
        });
    }

    @Test
    void everyImplementedRuleIsCatalogued() {
        var catalogued = new TreeSet<String>();
        RuleCatalogue.YEARS.forEach(y -> catalogued.addAll(RuleCatalogue.forYear(y).keySet()));
        assertThat(catalogued).containsAll(RuleBook.all().keySet());
    }

    @Test
    void everyCaseFileIsForAnImplementedRule() throws IOException {
        for (var f : RuleCasesTests.caseFiles()) {
            var code = f.getFileName().toString().replace(".txt", "");
            assertThat(RuleBook.all()).as("case file %s", f).containsKey(code);
        }
    }
}
