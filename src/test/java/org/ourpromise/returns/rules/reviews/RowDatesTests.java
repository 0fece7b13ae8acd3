package org.ourpromise.returns.rules.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.returns.Ssda903Dates;

/** The fast date reader agrees with the return's own dd/mm/yyyy parser on every text. */
class RowDatesTests {

    @Property(tries = 5000)
    void readsDateShapedTextExactlyAsTheReturnParserDoes(@ForAll("dateShaped") String text) {
        assertThat(RowDates.parse(text)).isEqualTo(Ssda903Dates.parseOrNull(text));
    }

    @Property(tries = 2000)
    void readsAnyTextExactlyAsTheReturnParserDoes(@ForAll("anyText") String text) {
        assertThat(RowDates.parse(text)).isEqualTo(Ssda903Dates.parseOrNull(text));
    }

    @ParameterizedTest(name = "\"{0}\" is a real date: {1}")
    @CsvSource(delimiter = ';', value = {
        "29/02/2024; true", "29/02/2025; false", "29/02/1900; false", "29/02/2000; true", "31/04/2025; false",
        "31/03/2026; true", "01/04/2025; true", "00/01/2025; false", "01/13/2025; false", "1/1/2025; false",
        "01-01-2025; false", "'';false", "01/01/2O25; false"})
    void leapYearsAndMonthLengths(String text, boolean real) {
        assertThat(RowDates.parse(text) != null).isEqualTo(real);
        assertThat(Ssda903Dates.parseOrNull(text) != null).isEqualTo(real);
    }

    @Provide
    Arbitrary<String> dateShaped() {
        var twoDigits = Arbitraries.integers().between(0, 39).map(i -> String.format("%02d", i));
        var year = Arbitraries.integers().between(0, 9999).map(i -> String.format("%04d", i));
        var separator = Arbitraries.of("/", "/", "/", "-", ".");
        return net.jqwik.api.Combinators.combine(twoDigits, separator, twoDigits, separator, year)
                .as((d, s1, m, s2, y) -> d + s1 + m + s2 + y);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().withChars("0123456789/ -aZ+").ofMinLength(0).ofMaxLength(12);
    }
}
