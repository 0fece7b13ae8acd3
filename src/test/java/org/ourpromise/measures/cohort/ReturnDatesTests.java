package org.ourpromise.measures.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ourpromise.returns.Ssda903Dates;

/** The fast date reader agrees with the return's own strict dd/mm/yyyy reading. */
class ReturnDatesTests {

    @ParameterizedTest
    @ValueSource(strings = {"29/02/2024", "29/02/2025", "31/04/2025", "30/04/2025", "31/12/1999", "00/01/2025",
            "01/13/2025", "1/1/2025", "01-01-2025", "01/01/25", "", "  /  /    ", "aa/bb/cccc", "31/03/2026",
            "29/02/1900", "29/02/2000", "01/01/0000"})
    void agreesOnEdges(String text) {
        assertThat(ReturnDates.parse(text)).isEqualTo(Ssda903Dates.parseOrNull(text));
    }

    @Property(tries = 500)
    void agreesOnAnyText(@ForAll @StringLength(min = 0, max = 12) String text) {
        assertThat(ReturnDates.parse(text)).isEqualTo(Ssda903Dates.parseOrNull(text));
    }

    @Property(tries = 500)
    void readsEveryFormattedDate(@ForAll @IntRange(min = -40_000, max = 40_000) int days) {
        var d = LocalDate.of(2000, 1, 1).plusDays(days);
        assertThat(ReturnDates.parse(Ssda903Dates.format(d))).isEqualTo(d);
    }
}
