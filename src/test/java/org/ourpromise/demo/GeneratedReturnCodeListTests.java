package org.ourpromise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ourpromise.returns.ReferenceData;
import org.ourpromise.returns.ReturnValidator;
import org.ourpromise.returns.Ssda903Derivation;

/**
 * Issue 2: generate writes a return "valid against the year's code lists". Checked with the DfE rules
 * that test a coded field against its list, for every year Promise has rules for.
 */
class GeneratedReturnCodeListTests {

    /** The rules whose only question is "is this a code of the year's list?" (DOMAIN.md §1.4). */
    private static final Set<String> CODE_LIST_RULES = Set.of("101", "103", "114", "120", "131", "132", "133", "143",
            "144", "145", "146", "149", "167", "168", "175", "176", "177", "178", "180", "181", "196", "631", "1006",
            "1009");

    @ParameterizedTest(name = "collection year ending 31 March {0}")
    @ValueSource(ints = {2024, 2025, 2026, 2027})
    void everyCodeInAGeneratedReturnIsOnTheYearsList(int year) {
        var ret = Ssda903Derivation.derive(SyntheticCouncil.generate(1500, 17, year, 0), year, 0);
        var report = ReturnValidator.validate(ret, Optional.empty(), year, ReferenceData.none());
        assertThat(report.rulesRun()).containsAll(CODE_LIST_RULES.stream()
                .filter(r -> org.ourpromise.returns.RuleCatalogue.forYear(year).containsKey(r)).toList());
        assertThat(report.failures()).filteredOn(f -> CODE_LIST_RULES.contains(f.rule())).isEmpty();
    }
}
