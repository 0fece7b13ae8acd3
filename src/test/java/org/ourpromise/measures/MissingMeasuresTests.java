package org.ourpromise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MEASURES.md §7 missing and away, year 2026. */
class MissingMeasuresTests {

    @Test
    @DisplayName("MEASURES §7: incidents starting in the year, of children looked after during the year")
    void missingAndAway() {
        var r = ReturnFixture.create()
                .episode("M1", "01/01/2024", "", "S", "C2", "U4", "")
                .missing("M1", "M", "01/04/2025").missing("M1", "M", "31/03/2026").missing("M1", "M", "31/03/2025")
                .missing("M1", "A", "10/10/2025")
                .episode("M2", "01/01/2024", "01/05/2025", "S", "C2", "U4", "E4A")
                .missing("M2", "m", "01/05/2025").missing("M2", "M", "01/04/2026")
                .episode("M3", "01/01/2023", "31/03/2025", "S", "C2", "U4", "E4A")
                .missing("M3", "M", "01/06/2025")
                .episode("M4", "01/01/2024", "", "S", "C2", "U4", "")
                .episode("BREAKS", "01/01/2024", "", "S", "V4", "U4", "")
                .missing("BREAKS", "M", "01/06/2025").missing("BREAKS", "A", "01/06/2025")
                .compute(2026);
        assertThat(r.get("cla.during_year").numeratorChildren()).containsExactly("M1", "M2", "M4");
        assertThat(r.get("missing.children").numeratorChildren()).containsExactly("M1", "M2");
        assertThat(r.get("missing.incidents").numerator()).isEqualTo(3);
        assertThat(r.get("missing.pct").value()).isEqualByComparingTo("66.7");
        assertThat(r.get("missing.pct").denominator()).isEqualTo(3);
        var average = r.get("missing.average_incidents");
        assertThat(average.numerator()).isEqualTo(3);
        assertThat(average.denominator()).isEqualTo(2);
        assertThat(average.value()).isEqualByComparingTo("1.5");
        assertThat(r.get("away.children").numeratorChildren()).containsExactly("M1");
        assertThat(r.get("away.incidents").numerator()).isEqualTo(1);
    }

    @Test
    @DisplayName("MEASURES §0: no one missing gives a null average and a 0% of a non-empty cohort")
    void nobodyMissing() {
        var r = ReturnFixture.create().episode("A", "01/01/2024", "", "S", "C2", "U4", "").compute(2026);
        assertThat(r.get("missing.pct").value()).isEqualByComparingTo("0.0");
        assertThat(r.get("missing.average_incidents").value()).isNull();
    }
}
