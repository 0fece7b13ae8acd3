package org.ourpromise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MEASURES.md §2 starts and ceases, year 2026 (1 April 2025 to 31 March 2026). */
class StartsAndCeasesMeasuresTests {

    private static MeasureResults results() {
        return ReturnFixture.create()
                // A: starts twice in the year (V2 N2, then C1 N1), ceases once (E4A)
                .episodeRow("A", "01/04/2025", "S", "V2", "N2", "U4", "PR1", "10/10/2025", "E4A", "", "", "", "")
                .episodeRow("A", "01/01/2026", "S", "C1", "N1", "U4", "PR1", "", "", "", "", "", "")
                .previousPermanence("A", "P4")
                // B: started the day before the year, adopted on its last day
                .episode("B", "31/03/2025", "31/03/2026", "S", "E1", "A6", "E11")
                // C: starts on the last day of the year, after a special guardianship order that broke down
                .episodeRow("C", "31/03/2026", "S", "C2", "N4", "U4", "PR1", "", "", "", "", "", "")
                .previousPermanence("C", "P2")
                // D: ceases the day after the year
                .episode("D", "01/01/2024", "01/04/2026", "S", "C2", "U4", "E45")
                // E: a change of placement (X1) in the year is neither a start nor a cease
                .chain("E", "01/01/2020 S C2 U4 A1 U1", "01/06/2025 P C2 U5 A2 U2")
                // F: ceases on the first day of the year; G: child arrangements order
                .episode("F", "01/01/2024", "01/04/2025", "S", "C2", "U4", "E45")
                .episode("G", "01/01/2024", "15/05/2025", "S", "C2", "U4", "E41")
                .compute(2026);
    }

    @Test
    @DisplayName("MEASURES §2 starts: periods whose first DECOM is in the year, and the children")
    void starts() {
        var r = results();
        assertThat(r.get("starts.periods").numerator()).isEqualTo(3);
        assertThat(r.get("starts.children").numeratorChildren()).containsExactly("A", "C");
        assertThat(r.get("starts.s20_pct").value()).isEqualByComparingTo("33.3");
        assertThat(r.get("starts.s20_pct").denominator()).isEqualTo(3);
        assertThat(r.get("starts.by_cin.N1").numerator()).isEqualTo(1);
        assertThat(r.get("starts.by_cin.N2").numerator()).isEqualTo(1);
        assertThat(r.get("starts.by_cin.N4").numerator()).isEqualTo(1);
        assertThat(r.get("starts.by_cin.N8").numerator()).isZero();
        assertThat(r.get("starts.previous_permanence").numeratorChildren()).containsExactly("C");
    }

    @Test
    @DisplayName("MEASURES §2 ceased: periods whose last DEC is in the year with REC other than X1, by reason")
    void ceases() {
        var r = results();
        assertThat(r.get("ceased.periods").numerator()).isEqualTo(4);
        assertThat(r.get("ceased.children").numeratorChildren()).containsExactly("A", "B", "F", "G");
        assertThat(r.get("ceased.by_reason.E4A").numerator()).isEqualTo(1);
        assertThat(r.get("ceased.by_reason.E11").numerator()).isEqualTo(1);
        assertThat(r.get("ceased.by_reason.E45").numerator()).isEqualTo(1);
        assertThat(r.get("ceased.by_reason.E41").numerator()).isEqualTo(1);
        assertThat(r.get("ceased.by_reason.E2").numerator()).isZero();
        assertThat(r.values()).doesNotContainKey("ceased.by_reason.X1");
        assertThat(r.get("ceased.returned_home_pct").value()).isEqualByComparingTo("25.0");
        assertThat(r.get("ceased.adopted").numerator()).isEqualTo(1);
        assertThat(r.get("ceased.special_guardianship").numeratorChildren()).containsExactly("F");
        assertThat(r.get("ceased.child_arrangements").numeratorChildren()).containsExactly("G");
    }

    @Test
    @DisplayName("MEASURES §0: a percentage with a zero denominator has a null value")
    void emptyReturn() {
        var r = ReturnFixture.create().compute(2026);
        assertThat(r.get("starts.s20_pct").value()).isNull();
        assertThat(r.get("starts.s20_pct").denominator()).isZero();
        assertThat(r.get("starts.periods").value()).isEqualByComparingTo("0");
    }
}
