package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The "Provider Info" rules (1008, 219, 221, 224, 227, 228, 229) are skipped without Ofsted's
 * provider list and run with it: how {@code validate-903 --providers FILE} will use
 * {@link OfstedProviderList} and {@link ReferenceData#withProviders}.
 */
class ProviderInformationValidationTests {

    private static final List<String> PROVIDER_RULES = List.of("1008", "219", "221", "224", "227", "228", "229");

    private static Ssda903Return episodes() {
        var values = new String[Ssda903Table.EPISODES.columns().size()];
        java.util.Arrays.fill(values, "");
        values[Ssda903Table.EPISODES.indexOf("CHILD")] = "1";
        values[Ssda903Table.EPISODES.indexOf("DECOM")] = "01/06/2025";
        values[Ssda903Table.EPISODES.indexOf("PLACE")] = "K2";
        values[Ssda903Table.EPISODES.indexOf("PLACE_PROVIDER")] = "PR1";
        values[Ssda903Table.EPISODES.indexOf("URN")] = "SC999999";
        return Ssda903Return.of(Map.of(Ssda903Table.EPISODES,
                List.of(new Ssda903Row(Ssda903Table.EPISODES, "episodes.csv", 1, values))));
    }

    @Test
    void withoutTheListTheProviderRulesAreSkipped() {
        var report = ReturnValidator.validate(episodes(), Optional.empty(), 2026, ReferenceData.none());
        assertThat(report.rulesRun()).doesNotContainAnyElementsOf(PROVIDER_RULES);
        assertThat(report.skipped()).filteredOn(s -> PROVIDER_RULES.contains(s.rule()))
                .extracting(SkippedRule::reason).containsOnly("needs Ofsted provider information");
    }

    @Test
    void withTheListTheyRunAndAnUnknownUrnFails1008() throws Exception {
        var list = OfstedProviderList.read(new StringReader("URN,PLACE_CODES\nSC123456,K2\n"), "providers.csv");
        var report = ReturnValidator.validate(episodes(), Optional.empty(), 2026,
                ReferenceData.withProviders(list, "855"));
        assertThat(report.rulesRun()).containsAll(PROVIDER_RULES);
        assertThat(report.failures()).filteredOn(f -> PROVIDER_RULES.contains(f.rule()))
                .extracting(RuleFailure::rule, RuleFailure::child, RuleFailure::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1008", "1", 1));
    }
}
