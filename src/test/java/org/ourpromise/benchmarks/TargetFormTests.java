package org.ourpromise.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.reports.Target;

/** The targets form's checks, edge by edge: what is refused says why, in the field it belongs to. */
class TargetFormTests {

    private static final int FIRST = 2000;
    private static final int LAST = 2028;

    @ParameterizedTest(name = "{0} {1}: target ''{2}'', direction ''{3}'', band ''{4}'' -> {5}: {6}")
    @DisplayName("each refusal names its field and says what is wanted")
    @CsvSource(delimiter = '|', textBlock = """
            cla.at_31_march         | 1999 | 10    | higher |      | year      | The collection year must be a whole number from 2000 to 2028 (the year its 31 March falls in)
            cla.at_31_march         | 2029 | 10    | higher |      | year      | The collection year must be a whole number from 2000 to 2028 (the year its 31 March falls in)
            cla.at_31_march         | 20x6 | 10    | higher |      | year      | The collection year must be a whole number from 2000 to 2028 (the year its 31 March falls in)
            cla.at_31_march         |      | 10    | higher |      | year      | Enter the collection year, from 2000 to 2028 (the year its 31 March falls in)
            no.such.measure         | 2026 | 10    | higher |      | measure   | There is no measure no.such.measure in the catalogue for 2025-26
            cla.at_31_march         | 2026 |       | higher |      | target    | Enter the target, for example 70
            cla.at_31_march         | 2026 | lots  | higher |      | target    | The target must be a number, for example 70 or 12.5
            cla.at_31_march         | 2026 | -1    | higher |      | target    | The target must be 0 or more
            cla.at_31_march         | 2026 | 2.5   | higher |      | target    | The target is a count: enter a whole number
            stability.long_term_pct | 2026 | 100.1 | higher |      | target    | The target is a percentage: enter 100 or less
            stability.long_term_pct | 2026 | 70.00001 | higher |   | target    | The target can have up to 4 decimal places
            stability.long_term_pct | 2026 | 70    |        |      | direction | Choose whether a higher or a lower figure is better
            stability.long_term_pct | 2026 | 70    | up     |      | direction | Choose whether a higher or a lower figure is better
            stability.long_term_pct | 2026 | 70    | higher | -0.5 | tolerance | The amber band must be 0 or more
            stability.long_term_pct | 2026 | 70    | higher | five | tolerance | The amber band must be a number, for example 70 or 12.5
            """)
    void refusals(String key, String year, String target, String direction, String band, String field, String message) {
        var checked = new TargetForm(blank(year), blank(target), blank(direction), blank(band)).check(key, FIRST, LAST);
        assertThat(checked.target()).isEmpty();
        assertThat(checked.errors()).containsEntry(field, message).hasSize(1);
    }

    @ParameterizedTest(name = "{0} {1}: ''{2}'' {3}, band ''{4}''")
    @DisplayName("accepted at the edges: first and last year, 0 and 100 per cent, a blank band is none, '70%' and '1,000'")
    @CsvSource(delimiter = '|', textBlock = """
            stability.long_term_pct  | 2000 | 0      | higher |     | 0      | 0
            stability.long_term_pct  | 2028 | 100    | lower  | 5   | 100    | 5
            stability.long_term_pct  | 2026 | 70%    | HIGHER | 2.5 | 70     | 2.5
            adoption.a1_average_days | 2026 | 1,000  | lower  | 30  | 1000   | 30
            adoption.a1_average_days | 2026 | 487.25 | lower  |     | 487.25 | 0
            cla.at_31_march          | 2026 | 2.0    | higher | 0   | 2.0    | 0
            """)
    void accepted(String key, int year, String target, String direction, String band, BigDecimal expected,
            BigDecimal expectedBand) {
        var checked = new TargetForm(String.valueOf(year), target, direction, blank(band)).check(key, FIRST, LAST);
        assertThat(checked.errors()).isEmpty();
        var t = checked.target().orElseThrow();
        assertThat(t.measureKey()).isEqualTo(key);
        assertThat(t.year()).isEqualTo(year);
        assertThat(t.target()).isEqualByComparingTo(expected);
        assertThat(t.direction().word()).isEqualTo(direction.toLowerCase(java.util.Locale.ROOT));
        assertThat(t.tolerance()).isEqualByComparingTo(expectedBand);
    }

    @Test
    @DisplayName("every problem at once, in the page's order")
    void everyProblemAtOnce() {
        var checked = new TargetForm("1999", "x", "", "-1").check("cla.at_31_march", FIRST, LAST);
        assertThat(checked.errors()).containsOnlyKeys("year", "target", "direction", "tolerance");
        assertThat(checked.errors().keySet()).containsExactly("year", "target", "direction", "tolerance");
    }

    @Test
    @DisplayName("the form for a stored target shows it as typed; no band shows empty")
    void formOfAStoredTarget() {
        var t = new Target("stability.long_term_pct", 2026, new BigDecimal("70"), Target.Direction.HIGHER_IS_BETTER,
                BigDecimal.ZERO);
        assertThat(TargetForm.of(2026, t)).isEqualTo(new TargetForm("2026", "70", "higher", ""));
        assertThat(TargetForm.of(2026, null)).isEqualTo(new TargetForm("2026", "", "", ""));
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
