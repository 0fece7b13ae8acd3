package org.ourpromise.returns.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ourpromise.returns.RuleCatalogue;

/**
 * The catalogue is the contract: every rule of every year has an implementation and a case file
 * with at least one passing and one failing row; nothing is implemented that DfE does not list.
 */
class RuleCatalogueCompletenessTests {

    @Test
    void everyImplementedRuleHasCasesThatPassAndFail() throws IOException {
        var problems = new ArrayList<String>();
        for (var code : RuleBook.all().keySet()) {
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
