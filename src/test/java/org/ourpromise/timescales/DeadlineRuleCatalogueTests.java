package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Catalogue completeness: every deadline rule has a source, a description and a hand-worked case. */
class DeadlineRuleCatalogueTests {

    private static final Path TESTS = Path.of("src/test/java/org/ourpromise/timescales");

    @ParameterizedTest
    @EnumSource(DeadlineRule.class)
    void everyRuleIsDescribed(DeadlineRule rule) {
        assertThat(rule.code()).isEqualTo(rule.name());
        assertThat(rule.source()).isNotBlank();
        assertThat(rule.description()).isNotBlank().doesNotEndWith(".");
    }

    @Test
    void everyRuleHasAHandWorkedExpectation() throws IOException {
        String text;
        try (Stream<Path> files = Files.list(TESTS)) {
            text = files.filter(p -> p.toString().endsWith("RulesTests.java") || p.toString().endsWith("ScheduleTests.java"))
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).collect(Collectors.joining("\n"));
        }
        for (var rule : DeadlineRule.values()) {
            // an expected item reads "RULE yyyy-mm-dd STATUS" (complaint tables drop the COMPLAINT_ prefix)
            var pattern = java.util.regex.Pattern.compile("\\b" + rule.name().replace("COMPLAINT_", "(COMPLAINT_)?")
                    + " \\d{4}-\\d{2}-\\d{2} (DONE_ON_TIME|DONE_LATE|DUE|OVERDUE)");
            assertThat(pattern.matcher(text).find()).as(rule + " has a hand-worked expected item").isTrue();
        }
    }
}
