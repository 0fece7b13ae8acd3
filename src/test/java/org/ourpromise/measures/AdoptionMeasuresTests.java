package org.ourpromise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MEASURES.md §6 adoption, year 2026: the 3-year window is 1 April 2023 to 31 March 2026. Days worked by hand:
 * P 01/01/2022 -> 01/06/2023 = 516, order 01/03/2023 -> match 01/05/2023 = 61; Q 01/04/2025 -> 01/06/2025 = 61,
 * matched before the order (0); S 01/01/2020 -> 01/03/2021 = 425 (2020 is a leap year).
 */
class AdoptionMeasuresTests {

    private static ReturnFixture adoptions() {
        return ReturnFixture.create()
                .chain("P", "01/01/2022 S C2 U4 A1 U1", "01/03/2023 L E1 U4 A1 U1", "01/06/2023 P E1 A6 A2 U2",
                        "15/05/2024 END E11")
                .adoptionMatch("P", "01/05/2023")
                .chain("Q", "01/04/2025 S V2 U4 A1 U1", "01/05/2025 L D1 U4 A1 U1", "01/06/2025 P D1 A4 A2 U2",
                        "01/03/2026 END E12")
                .adoptionMatch("Q", "01/04/2025")
                // R: adopted the day before the window
                .chain("R", "01/01/2020 S C2 U4 A1 U1", "01/03/2021 P E1 A6 A2 U2", "31/03/2023 END E11")
                // S: adopted on the first day of the window, no placement order episode
                .chain("S", "01/01/2020 S C2 U4 A1 U1", "01/03/2021 P C2 A5 A2 U2", "01/04/2023 END E12")
                .adoptionMatch("S", "01/02/2021")
                // T: adopted in the year, never in an A3-A6 placement
                .chain("T", "01/01/2023 S C2 U4 A1 U1", "01/12/2025 END E11")
                // U: first E1 episode in the year; V: first E1 before the year, a second one in it
                .chain("U", "01/01/2024 S C2 U4 A1 U1", "01/04/2025 L E1 U4 A1 U1")
                .chain("V", "01/01/2024 S C2 U4 A1 U1", "01/01/2025 L E1 U4 A1 U1", "01/06/2025 P E1 U4 A2 U2");
    }

    @Test
    @DisplayName("MEASURES §6 adoption.adopted and placement_orders are for the year")
    void year() {
        var r = adoptions().compute(2026);
        assertThat(r.get("adoption.adopted").numeratorChildren()).containsExactly("Q", "T");
        assertThat(r.get("adoption.placement_orders").numeratorChildren()).containsExactly("U");
    }

    @Test
    @DisplayName("MEASURES §6 A1, A2, A3 pool the adoptions of the 3 years ending 31 March")
    void scorecard() {
        var r = adoptions().compute(2026);
        var a1 = r.get("adoption.a1_average_days");
        assertThat(a1.numerator()).isEqualTo(516 + 61 + 425);
        assertThat(a1.denominator()).isEqualTo(3);
        assertThat(a1.value()).isEqualByComparingTo("334.0");
        var a2 = r.get("adoption.a2_average_days");
        assertThat(a2.numerator()).isEqualTo(61);
        assertThat(a2.denominator()).isEqualTo(2);
        assertThat(a2.value()).isEqualByComparingTo("30.5");
        assertThat(a2.numeratorChildren()).containsExactly("P", "Q");
        var a3 = r.get("adoption.a3_under_14_months_pct");
        assertThat(a3.numeratorChildren()).containsExactly("Q", "S");
        assertThat(a3.value()).isEqualByComparingTo("66.7");
    }

    @Test
    @DisplayName("MEASURES §6 A3 threshold is a parameter: 425 days is not under 425")
    void threshold() {
        var a3 = adoptions().compute(MeasureParameters.forYear(2026).withA3ThresholdDays(425))
                .get("adoption.a3_under_14_months_pct");
        assertThat(a3.numeratorChildren()).containsExactly("Q");
        assertThat(a3.value()).isEqualByComparingTo("33.3");
    }
}
