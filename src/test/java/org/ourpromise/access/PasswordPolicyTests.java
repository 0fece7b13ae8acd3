package org.ourpromise.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NCSC guidance: length over complexity, and a deny list of common passwords. */
class PasswordPolicyTests {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
        "violet kettle harbour lamp | ok",
        "purplemonkeydishwasher     | ok",
        "twelve chars                | ok",
        "eleven char                | too short",
        "Tr0ub4dor&3                | too short",
        "Password1234!              | common",
        "P@ssw0rd                   | too short",
        "p4ssw0rd p4ssw0rd          | ok",
        "qwertyuiop123              | common",
        "Summer2026!!               | common",
        "aaaaaaaaaaaaaaaa           | common",
        "abababababab               | common",
        "samokafor2026!             | common",
        "sam.okafor.sam.okafor      | common",
        "welcome to promise         | common"})
    @DisplayName("length first, then the deny list and the account's own names; no rules about symbols or digits")
    void policy(String password, String expected) {
        var problems = PasswordPolicy.problems(password, "sam.okafor", "Sam Okafor");
        switch (expected) {
            case "ok" -> assertThat(problems).isEmpty();
            case "too short" -> assertThat(problems).singleElement().asString().contains("12 characters or more");
            default -> assertThat(problems).singleElement().asString().contains("too easy to guess");
        }
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"72, ok", "73, too long"})
    @DisplayName("at most 72 bytes: BCrypt ignores the rest")
    void longest(int length, String expected) {
        var problems = PasswordPolicy.problems("x1y2z3".repeat(20).substring(0, length), "u", "U");
        assertThat(problems.isEmpty()).isEqualTo(expected.equals("ok"));
    }
}
