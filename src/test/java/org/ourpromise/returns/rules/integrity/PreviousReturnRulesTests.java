package org.ourpromise.returns.rules.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ourpromise.returns.RuleCatalogue;

/**
 * The rules of this package that read last year's return must be catalogued with a *_last table
 * (however DfE spells it: Missing_last, HEader_last, DOLO_last), so the validator skips them
 * without --prev instead of passing every child.
 */
class PreviousReturnRulesTests {

    @ParameterizedTest(name = "rule {0} is skipped without last year's return")
    @ValueSource(strings = {"560", "561", "562", "576", "584", "624", "626", "706", "NoE",
            "SW16aSTG2", "SW16bSTG2", "SW16cSTG2"})
    void rulesReadingLastYearNeedThePreviousReturn(String code) {
        int catalogued = 0;
        for (int year : RuleCatalogue.YEARS) {
            var description = RuleCatalogue.describe(code, year);
            if (description.isPresent()) {
                catalogued++;
                assertThat(description.get().needsPreviousReturn())
                        .as("%s in %d (tables %s)", code, year, description.get().tables()).isTrue();
            }
        }
        assertThat(catalogued).as("years cataloguing %s", code).isPositive();
    }
}
