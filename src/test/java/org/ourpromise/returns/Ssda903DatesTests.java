package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SSDA903 dates are dd/mm/yyyy, strictly (DOMAIN.md conventions). */
class Ssda903DatesTests {

    private static final DateTimeFormatter STRICT =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @ParameterizedTest(name = "''{0}'' reads as {1}")
    @CsvSource(value = {
            "29/02/2024 | 2024-02-29",
            "29/02/2025 | ",
            "31/04/2025 | ",
            "31/03/2026 | 2026-03-31",
            "01/04/2025 | 2025-04-01",
            "00/04/2025 | ",
            "01/13/2025 | ",
            "1/4/2025   | ",
            "01-04-2025 | ",
            "01/04/25   | ",
            "０1/04/2025 | ",
            "'' | ",
    }, delimiter = '|')
    void readsOnlyRealDates(String text, LocalDate expected) {
        assertThat(Ssda903Dates.parseOrNull(text)).isEqualTo(expected);
    }

    @Property(tries = 5000)
    void agreesWithTheStrictFormatter(@ForAll("dateLike") String text) {
        LocalDate expected;
        try {
            expected = LocalDate.parse(text, STRICT);
        } catch (DateTimeParseException e) {
            expected = null;
        }
        assertThat(Ssda903Dates.parseOrNull(text)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> dateLike() {
        var twoDigits = Arbitraries.integers().between(0, 39).map(n -> String.format("%02d", n));
        var year = Arbitraries.integers().between(0, 2999).map(n -> String.format("%04d", n));
        var sep = Arbitraries.of("/", "/", "/", "-", ".");
        var shaped = Combinators.combine(twoDigits, sep, twoDigits, sep, year)
                .as((d, s1, m, s2, y) -> d + s1 + m + s2 + y);
        var noise = Arbitraries.strings().withChars("0123456789/ a").ofLength(10);
        return Arbitraries.oneOf(shaped, shaped, noise);
    }
}
