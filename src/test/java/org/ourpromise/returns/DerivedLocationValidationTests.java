package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules on the derived placement location (DOMAIN.md §1.5) are skipped without a postcode directory,
 * 1015 also without the council's LA code, and run with them: how {@code validate-903 --postcodes FILE
 * --la CODE} uses {@link PostcodeDirectory} and {@link ReferenceData#withPostcodes}.
 */
class DerivedLocationValidationTests {

    private static final String DIRECTORY = """
            POSTCODE,EASTING,NORTHING,LA_CODE
            TR1 1AA,182000,45000,908
            IV1 1AA,266000,845000,S12000017
            """;

    /** Child 1 is placed by the council's own provision (PR1) about 500 miles from home, in Scotland. */
    private static Ssda903Return farPlacement() {
        var values = new String[Ssda903Table.EPISODES.columns().size()];
        Arrays.fill(values, "");
        var row = new Ssda903Row(Ssda903Table.EPISODES, "episodes.csv", 1, values)
                .withValue("CHILD", "1").withValue("DECOM", "01/06/2025").withValue("RNE", "S")
                .withValue("LS", "C2").withValue("PLACE", "K2").withValue("PLACE_PROVIDER", "PR1")
                .withValue("HOME_POST", "TR1 1AA").withValue("PL_POST", "IV1 1AA");
        return Ssda903Return.of(Map.of(Ssda903Table.EPISODES, List.of(row)));
    }

    @Test
    void withoutADirectoryTheDerivedLocationRulesAreSkippedWithTheReason() {
        var report = ReturnValidator.validate(farPlacement(), Optional.empty(), 2026, ReferenceData.none());
        assertThat(report.rulesRun()).doesNotContain("454", "1015", "411", "105");
        assertThat(report.skipped()).filteredOn(s -> List.of("454", "1015").contains(s.rule()))
                .extracting(SkippedRule::reason)
                .containsOnly("needs a postcode directory (--postcodes) to derive placement location");
    }

    @Test
    void withADirectoryButNoCouncilCode1015IsSkippedAnd454Runs() throws Exception {
        var reference = ReferenceData.none().withPostcodes(PostcodeDirectory.read(new StringReader(DIRECTORY), "pc"));
        var report = ReturnValidator.validate(farPlacement(), Optional.empty(), 2026, reference);
        assertThat(report.rulesRun()).contains("454").doesNotContain("1015");
        assertThat(report.skipped()).contains(
                new SkippedRule("1015", "needs the council's LA code (--la) to compare placement location"));
        assertThat(report.failures()).extracting(RuleFailure::rule).contains("454");
    }

    @Test
    void withTheDirectoryAndTheCouncilBothRunAndFailTheFarPlacement() throws Exception {
        var reference = ReferenceData.none().withLocalAuthority("908")
                .withPostcodes(PostcodeDirectory.read(new StringReader(DIRECTORY), "pc"));
        var report = ReturnValidator.validate(farPlacement(), Optional.empty(), 2026, reference);
        assertThat(report.rulesRun()).contains("454", "1015");
        assertThat(report.failures()).filteredOn(f -> List.of("454", "1015").contains(f.rule()))
                .extracting(RuleFailure::rule, RuleFailure::child, RuleFailure::row)
                .containsExactlyInAnyOrder(tuple("454", "1", 1), tuple("1015", "1", 1));
    }
}
