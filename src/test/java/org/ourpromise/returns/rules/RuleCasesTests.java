package org.ourpromise.returns.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every hand-worked rule case: exactly the rows marked ! fail, every other row passes. */
class RuleCasesTests {

    static final Path CASES = Path.of("src/test/resources/returns/rule-cases");

    static Stream<Arguments> cases() throws IOException {
        try (var files = Files.list(CASES)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream()
                    .flatMap(f -> {
                        try {
                            var file = RuleCaseFile.read(f);
                            return file.cases().stream().map(c -> Arguments.of(file.rule(), c.name(), c));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList().stream();
        }
    }

    @ParameterizedTest(name = "rule {0}: {1}")
    @MethodSource("cases")
    void ruleFailsExactlyTheMarkedRows(String code, String name, RuleCaseFile.Case c) {
        var rule = RuleBook.all().get(code);
        assertThat(rule).as("rule %s is implemented", code).isNotNull();
        var ctx = new RuleContext(c.current(), c.hasPrevious() ? Optional.of(c.previous()) : Optional.empty(),
                c.year(), c.reference());
        assertThat(rule.cannotRun(ctx)).as("rule %s can run on case '%s'", code, name).isEmpty();
        var failed = new HashSet<String>();
        rule.check(ctx, row -> failed.add(RuleCaseFile.key(row.table().dfeName(), row.rowNumber())));
        assertThat(failed).as("rows failed by %s in '%s'", code, name).isEqualTo(c.expectedFailures());
    }

    static List<Path> caseFiles() throws IOException {
        try (var files = Files.list(CASES)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
