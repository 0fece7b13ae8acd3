package org.ourpromise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureValue;

class MeasureFormatTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("a figure's label is the catalogue description up to where its detail starts")
    @CsvSource(delimiter = '|', value = {
            "Children looked after at 31 March.|Children looked after at 31 March",
            "Periods of care started in the year (a child starting twice counts twice).|Periods of care started in the year",
            "Percentage of children looked after at 31 March placed in a family: foster (kinship or other).|Percentage of children looked after at 31 March placed in a family",
            "A1: mean days from entering care (start of the period), over 3 years.|A1: mean days from entering care",
            "Rate per 10,000; the population is a parameter.|Rate per 10,000",
    })
    void labels(String description, String label) {
        assertThat(MeasureFormat.label(Measure.count("k", description, "c"))).isEqualTo(label);
    }

    @Test
    @DisplayName("MEASURES.md §0: a percentage shows its numerator and denominator; a null value says why")
    void valuesAndCounts() {
        var pct = Measure.percentage("p", "P.", "n", "d");
        var v = MeasureValue.percentage(31, 425, List.of(), List.of());
        assertThat(MeasureFormat.value(pct, v)).isEqualTo("7.3%");
        assertThat(MeasureFormat.counts(pct, v)).isEqualTo("31 of 425");
        assertThat(MeasureFormat.value(pct, MeasureValue.percentage(0, 0, List.of(), List.of())))
                .isEqualTo("not available (no children in the denominator)");
        var avg = Measure.average("a", "A.", "days", "children");
        assertThat(MeasureFormat.counts(avg, MeasureValue.average(9169, 21, List.of()))).isEqualTo("total 9,169 over 21");
        assertThat(MeasureFormat.number(new BigDecimal("83630"))).isEqualTo("83,630");
    }
}
