package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hand-written dd/mm/yyyy reader agrees with the strict JDK formatter it replaced. */
class Ssda903DatesParsingTests {

    private static final DateTimeFormatter STRICT =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
        "29/02/2024, 2024-02-29",
        "29/02/2025, null",
        "29/02/1900, null",
        "29/02/2000, 2000-02-29",
        "31/04/2025, null",
        "31/03/2026, 2026-03-31",
        "01/04/2025, 2025-04-01",
        "00/01/2025, null",
        "01/13/2025, null",
        "1/1/2025, null",
        "01-01-2025, null",
        "2025/01/01, null",
        "01/01/+025, null",
        "'', null"})
    void readsOnlyRealDates(String text, String expected) {
        assertThat(Ssda903Dates.parseOrNull(text)).isEqualTo(expected == null ? null : LocalDate.parse(expected));
    }

    @Property(tries = 3000)
    void agreesWithTheStrictFormatter(@ForAll("dateLike") String text) {
        assertThat(Ssda903Dates.parseOrNull(text)).isEqualTo(strict(text));
    }

    @Provide
    Arbitrary<String> dateLike() {
        var twoDigits = Arbitraries.integers().between(0, 39).map(i -> String.format("%02d", i));
        var year = Arbitraries.integers().between(0, 9999).map(i -> String.format("%04d", i));
        var wellShaped = net.jqwik.api.Combinators.combine(twoDigits, twoDigits, year)
                .as((d, m, y) -> d + "/" + m + "/" + y);
        var noise = Arbitraries.strings().withChars("0123456789/-+ a").ofMinLength(0).ofMaxLength(11);
        return Arbitraries.oneOf(wellShaped, noise);
    }

    private static LocalDate strict(String text) {
        if (text.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(text, STRICT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
