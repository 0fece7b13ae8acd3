package org.ourpromise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MEASURES.md §0: percentages and averages rounded half-up to 1 dp; null when the denominator is 0. */
class MeasureValueTests {

    @ParameterizedTest(name = "{0}/{1} -> {2}%")
    @DisplayName("MEASURES §0 percentage: 100 n / d, half-up to 1 dp")
    @CsvSource({"1, 3, 33.3", "2, 3, 66.7", "1, 8, 12.5", "1, 16, 6.3", "3, 16, 18.8", "1, 160, 0.6", "0, 5, 0.0",
            "5, 5, 100.0", "1, 2000, 0.1", "1, 2001, 0.0"})
    void percentage(long n, long d, String expected) {
        assertThat(MeasureValue.percentage(n, d, List.of(), List.of()).value()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @DisplayName("MEASURES §0 average: sum / count, half-up to 1 dp")
    @CsvSource({"5, 2, 2.5", "1, 4, 0.3", "1, 3, 0.3", "2, 3, 0.7", "1002, 3, 334.0", "-1, 4, -0.3"})
    void average(long sum, long count, String expected) {
        assertThat(MeasureValue.average(sum, count, List.of()).value()).isEqualByComparingTo(expected);
    }

    @Test
    @DisplayName("MEASURES §0: a zero denominator gives a null value, counts kept")
    void zeroDenominator() {
        var v = MeasureValue.percentage(0, 0, List.of(), List.of());
        assertThat(v.value()).isNull();
        assertThat(v.denominator()).isZero();
        assertThat(MeasureValue.average(0, 0, List.of()).value()).isNull();
    }

    @Test
    @DisplayName("drill-down: children sorted and distinct")
    void children() {
        var v = MeasureValue.count(3, List.of("B", "A", "B"));
        assertThat(v.numerator()).isEqualTo(3);
        assertThat(v.numeratorChildren()).containsExactly("A", "B");
        assertThat(MeasureValue.countOf(List.of("B", "A", "B")).numerator()).isEqualTo(2);
    }
}
