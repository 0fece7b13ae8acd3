package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hand-written dd/mm/yyyy reader agrees with the strict formatter on every input. */
class Ssda903DatesTests {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "29/02/2024|2024-02-29", "29/02/2025|null", "31/04/2025|null", "01/04/2025|2025-04-01",
            "31/03/2026|2026-03-31", "00/01/2025|null", "01/00/2025|null", "01/13/2025|null",
            "1/1/2024|null", "01-01-2024|null", "2024/01/01|null", "ZZ/01/2024|null", "+1/01/2024|null",
            "01/01/+024|null", "29/02/1900|null", "29/02/2000|2000-02-29", "' '|null"})
    void readsTheDfeDateFormat(String text, String expected) {
        var want = expected == null ? null : LocalDate.parse(expected);
        assertThat(Ssda903Dates.parseOrNull(text)).isEqualTo(want);
        assertThat(Ssda903Dates.parseWithFormatter(text)).isEqualTo(want);
    }

    @Property(tries = 5000)
    void agreesWithTheStrictFormatter(@ForAll("dateLike") String text) {
        assertThat(Ssda903Dates.parseOrNull(text)).isEqualTo(Ssda903Dates.parseWithFormatter(text));
    }

    @Provide
    Arbitrary<String> dateLike() {
        var digitOrOther = Arbitraries.of('0', '1', '2', '3', '9', '/', '-', '+', ' ', 'Z');
        var anyTen = digitOrOther.list().ofSize(10).map(cs -> {
            var sb = new StringBuilder();
            cs.forEach(sb::append);
            return sb.toString();
        });
        var plausible = Arbitraries.integers().between(0, 40).flatMap(d -> Arbitraries.integers().between(0, 14)
                .flatMap(m -> Arbitraries.integers().between(0, 9999)
                        .map(y -> String.format("%02d/%02d/%04d", d, m, y))));
        return Arbitraries.oneOf(anyTen, plausible);
    }
}
