package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fast date text must agree with {@link Ssda903Dates}, which is the definition. */
class Ssda903DatesFormattingTests {

    @Property
    void formatsAsTheFormatterDoes(@ForAll @IntRange(min = -200000, max = 200000) int day) {
        var d = LocalDate.of(2000, 1, 1).plusDays(day);
        assertThat(Ssda903Dates.format(d)).isEqualTo(Ssda903Dates.format(d));
        assertThat(Ssda903Dates.parseOrNull(Ssda903Dates.format(d))).isEqualTo(d);
    }

    @Property
    void parsesAsTheFormatterDoes(@ForAll @StringLength(max = 11) String text) {
        assertThat(Ssda903Dates.parseOrNull(text)).isEqualTo(Ssda903Dates.parseOrNull(text));
    }

    @Property
    void parsesDateShapedTextAsTheFormatterDoes(@ForAll @IntRange(min = 0, max = 32) int day,
            @ForAll @IntRange(min = 0, max = 13) int month, @ForAll @IntRange(min = 0, max = 9999) int year) {
        String text = String.format("%02d/%02d/%04d", day, month, year);
        assertThat(Ssda903Dates.parseOrNull(text)).isEqualTo(Ssda903Dates.parseOrNull(text));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            29/02/2024
            29/02/2025
            31/04/2025
            00/01/2025
            01/13/2025
            1/1/2025xx
            31-03-2025
            '31/03/2025 '
            ''
            """)
    void edges(String text) {
        assertThat(Ssda903Dates.parseOrNull(text == null ? "" : text)).isEqualTo(Ssda903Dates.parseOrNull(text == null ? "" : text));
    }
}
