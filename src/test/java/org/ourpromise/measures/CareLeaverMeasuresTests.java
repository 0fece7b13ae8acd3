package org.ourpromise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MEASURES.md §5 care leavers (OC3), year 2026: birthdays from 1 April 2025 to 31 March 2026. */
class CareLeaverMeasuresTests {

    private static MeasureResults results() {
        return ReturnFixture.create()
                .careLeaver("L17", "01/04/2008", "YES", "F2", "D1")   // 17th birthday on 1 April 2025
                .careLeaver("L18", "31/03/2008", "NO", "G5", "B2")    // 18th on 31 March 2026
                .careLeaver("L19", "15/06/2006", "YES", "G4", "U1")
                .careLeaver("L21", "01/03/2005", "YES", "F5", "Z1")
                .careLeaver("L22", "29/02/2004", "YES", "F5", "Z1")   // 22 on 1 March 2026: no cohort
                .careLeaver("DIED", "01/05/2007", "DIED", "0", "0")
                .careLeaver("HOME", "01/05/2006", "RHOM", "0", "0")
                .careLeaver("L16", "01/05/2009", "YES", "F2", "B1")
                .compute(2026);
    }

    @Test
    @DisplayName("MEASURES §5 cohorts by the birthday in the year; died and returned home removed")
    void cohorts() {
        var r = results();
        assertThat(r.get("oc3.cohort.17").numeratorChildren()).containsExactly("L17");
        assertThat(r.get("oc3.cohort.18").numeratorChildren()).containsExactly("L18");
        assertThat(r.get("oc3.cohort.19_to_21").numeratorChildren()).containsExactly("L19", "L21");
        assertThat(r.get("oc3.cohort.all").numerator()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}: {1}/{2} = {3}")
    @DisplayName("MEASURES §5 percentages over the cohort, or over those in touch")
    @CsvSource(nullValues = "-", value = {
            "oc3.in_touch_pct.17, 1, 1, 100.0",
            "oc3.in_touch_pct.18, 0, 1, 0.0",
            "oc3.in_touch_pct.all, 3, 4, 75.0",
            "oc3.eet_pct.all, 2, 4, 50.0",
            "oc3.eet_pct.19_to_21, 1, 2, 50.0",
            "oc3.eet_of_in_touch_pct.all, 2, 3, 66.7",
            "oc3.eet_of_in_touch_pct.18, 0, 0, -",
            "oc3.suitable_accommodation_pct.all, 3, 4, 75.0",
            "oc3.suitable_accommodation_pct.18, 0, 1, 0.0",
            "oc3.suitable_accommodation_of_in_touch_pct.all, 3, 3, 100.0"})
    void percentages(String key, long n, long d, String value) {
        var v = results().get(key);
        assertThat(v.numerator()).isEqualTo(n);
        assertThat(v.denominator()).isEqualTo(d);
        if (value == null) {
            assertThat(v.value()).isNull();
        } else {
            assertThat(v.value()).isEqualByComparingTo(value);
        }
    }

    @Test
    @DisplayName("MEASURES §5 NEET by reason over all ages 17-21")
    void neet() {
        var r = results();
        assertThat(r.get("oc3.neet_by_reason.G4").numerator()).isEqualTo(1);
        assertThat(r.get("oc3.neet_by_reason.G5").numerator()).isEqualTo(1);
        assertThat(r.get("oc3.neet_by_reason.G6").numerator()).isZero();
    }

    @Test
    @DisplayName("MEASURES §0 29 February: born 29/02/2004, 21 on 1 March 2025, so in 2024-25's cohort")
    void leapDayBirthday() {
        var r = ReturnFixture.create().careLeaver("L", "29/02/2004", "YES", "F5", "Z1").compute(2025);
        assertThat(r.get("oc3.cohort.19_to_21").numeratorChildren()).containsExactly("L");
    }
}
