package org.ourpromise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MEASURES.md §3 placement stability, year 2026: 31 March 2026 minus 30 months = 30 September 2023, minus 24
 * months = 31 March 2024.
 */
class StabilityMeasuresTests {

    @Test
    @DisplayName("MEASURES §3 three_plus: counted placements overlapping the year; a placement ending 31 March of the year before does not")
    void threePlacements() {
        var f = ReturnFixture.create()
                .child("X", "01/01/2012").child("Y", "01/01/2012").child("Z", "01/01/2012")
                // ends 1 April 2025: overlaps the year, so X has 3
                .chain("X", "01/01/2024 S C2 U4 A1 U1", "01/04/2025 P C2 U4 A2 U2", "01/10/2025 P C2 U4 A3 U3")
                // ends 31 March 2025, the day before the year: Y has 2
                .chain("Y", "01/01/2024 S C2 U4 A1 U1", "31/03/2025 P C2 U4 A2 U2", "01/10/2025 P C2 U4 A3 U3")
                // a temporary placement and the return from it: Z has 2 (A and B), 4 when temporaries count
                .chain("Z", "01/01/2024 S C2 U4 A1 U1", "01/06/2025 P C2 T2 - -", "14/06/2025 P C2 U4 A1 U1",
                        "01/10/2025 P C2 U4 A3 U3");
        var excluding = f.compute(2026).get("stability.three_plus_placements_pct");
        assertThat(excluding.numeratorChildren()).containsExactly("X");
        assertThat(excluding.denominator()).isEqualTo(3);
        assertThat(excluding.value()).isEqualByComparingTo("33.3");
        var including = f.compute(MeasureParameters.forYear(2026).withExcludeTemporary(false))
                .get("stability.three_plus_placements_pct");
        assertThat(including.numeratorChildren()).containsExactly("X", "Z");
        assertThat(including.value()).isEqualByComparingTo("66.7");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("MEASURES §3 long_term: under 16, in care 30 months, same placement 24 months")
    @CsvSource(delimiter = '|', value = {
            "in care since 30/09/2023, same placement              | 01/04/2010 | 30/09/2023 S C2 U4 A1 U1                               | 1 | 1",
            "period started 01/10/2023: not 30 months              | 01/04/2010 | 01/10/2023 S C2 U4 A1 U1                               | 0 | 0",
            "turns 16 on 31 March: not under 16                    | 31/03/2010 | 01/01/2020 S C2 U4 A1 U1                               | 0 | 0",
            "moved on 31/03/2024: exactly 24 months                | 01/01/2012 | 01/01/2020 S C2 U4 A1 U1; 31/03/2024 P C2 U4 A2 U2      | 1 | 1",
            "moved on 01/04/2024: a day short                      | 01/01/2012 | 01/01/2020 S C2 U4 A1 U1; 01/04/2024 P C2 U4 A2 U2      | 1 | 0",
            "legal status change only (L) keeps the carer          | 01/01/2012 | 01/01/2020 S C2 U4 A1 U1; 01/04/2025 L E1 U4 A1 U1      | 1 | 1",
            "same carer, new placement type (T) keeps the carer    | 01/01/2012 | 01/01/2020 S C2 U6 A1 U1; 01/04/2025 T C2 U4 A1 U1      | 1 | 1",
            "on holiday (T2) at 31 March: the placement before     | 01/01/2012 | 01/01/2020 S C2 U4 A1 U1; 20/03/2026 P C2 T2 - -        | 1 | 1",
            "back from holiday to the same carer                   | 01/01/2012 | 01/01/2020 S C2 U4 A1 U1; 01/08/2025 P C2 T2 - -; 15/08/2025 P C2 U4 A1 U1 | 1 | 1",
            "back from holiday to another carer                    | 01/01/2012 | 01/01/2020 S C2 U4 A1 U1; 01/08/2025 P C2 T2 - -; 15/08/2025 P C2 U4 A2 U2 | 1 | 0",
            "placed for adoption (A5, recorded as a move) after foster care from 2023 | 01/01/2020 | 01/01/2022 S C2 U4 A1 U1; 01/01/2023 P C2 U5 A2 U2; 01/01/2025 P E1 A5 A3 U3 | 1 | 1",
            "not placed for adoption (U4) after foster care from 2023: its own start | 01/01/2020 | 01/01/2022 S C2 U4 A1 U1; 01/01/2023 P C2 U5 A2 U2; 01/01/2025 P E1 U4 A3 U3 | 1 | 0",
            "placed for adoption (A6) after a foster placement from 01/06/2024 | 01/01/2020 | 01/01/2022 S C2 U4 A1 U1; 01/06/2024 P C2 U5 A2 U2; 01/01/2025 P E1 A6 A3 U3 | 1 | 0",
            "placed for adoption first in the period: its own start | 01/01/2020 | 01/01/2023 S E1 A6 A1 U1                              | 1 | 1"})
    void longTerm(String why, String dob, String steps, int inDenominator, int inNumerator) {
        var r = ReturnFixture.create().child("C", dob).chain("C", steps.split(";")).compute(2026);
        var v = r.get("stability.long_term_pct");
        assertThat(v.denominator()).as(why).isEqualTo(inDenominator);
        assertThat(v.numerator()).as(why).isEqualTo(inNumerator);
    }

    @Test
    @DisplayName("MEASURES §3 long_term: the current period counts, not an earlier one")
    void currentPeriodOnly() {
        var r = ReturnFixture.create().child("C", "01/01/2014")
                .episode("C", "01/01/2018", "01/01/2025", "S", "C2", "U4", "E4A")
                .episode("C", "01/02/2025", "", "S", "C2", "U4", "")
                .compute(2026);
        assertThat(r.get("stability.long_term_pct").denominator()).isZero();
        assertThat(r.get("stability.long_term_pct").value()).isNull();
    }
}
