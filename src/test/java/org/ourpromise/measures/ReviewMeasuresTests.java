package org.ourpromise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MEASURES.md §8 reviews, year 2026. Due dates worked by hand (DOMAIN.md §3.1): 20 working days after Friday
 * 19/12/2025 skip 25 and 26 December and 1 January: 21/01/2026. After Saturday 01/11/2025: 28/11/2025. After
 * Monday 02/06/2025: 30/06/2025. 30/11/2025 + 3 months and 31/08/2025 + 6 months clamp to 28/02/2026.
 */
class ReviewMeasuresTests {

    private static MeasureResults timeliness() {
        return ReturnFixture.create()
                // OLD's review of 10/05/2024 is the earliest in the data: coverage starts 1 April 2024
                .episode("OLD", "01/01/2024", "", "S", "C2", "U4", "")
                .review("OLD", "10/05/2024", "PN1").review("OLD", "10/11/2025", "PN1")
                .episode("H", "19/12/2025", "", "S", "C2", "U4", "").review("H", "21/01/2026", "PN1")
                .episode("H2", "19/12/2025", "", "S", "C2", "U4", "").review("H2", "22/01/2026", "PN1")
                .episode("R", "01/11/2025", "", "S", "C2", "U4", "")
                .review("R", "30/11/2025", "PN1").review("R", "28/02/2026", "PN1")
                .episode("RL", "01/11/2025", "", "S", "C2", "U4", "")
                .review("RL", "28/11/2025", "PN1").review("RL", "01/03/2026", "PN1")
                .episode("S", "01/01/2025", "", "S", "C2", "U4", "")
                .review("S", "20/01/2025", "PN1").review("S", "20/04/2025", "PN1").review("S", "31/08/2025", "PN1")
                .review("S", "28/02/2026", "PN1")
                .episode("S2", "01/01/2025", "", "S", "C2", "U4", "")
                .review("S2", "20/01/2025", "PN1").review("S2", "20/04/2025", "PN1").review("S2", "31/08/2025", "PN1")
                .review("S2", "01/03/2026", "PN1")
                // NEW: the review of 01/07/2025 is the first of the period that began 02/06/2025
                .episode("NEW", "01/06/2024", "01/05/2025", "S", "C2", "U4", "E4A")
                .review("NEW", "20/06/2024", "PN1").review("NEW", "20/12/2024", "PN1")
                .episode("NEW", "02/06/2025", "", "S", "C2", "U4", "").review("NEW", "01/07/2025", "PN1")
                .compute(2026);
    }

    @Test
    @DisplayName("MEASURES §8 on_time_pct: 20 working days, then 3 months, then 6 months; month ends clamp")
    void onTime() {
        var v = timeliness().get("reviews.on_time_pct");
        assertThat(v.numerator()).isEqualTo(8);
        assertThat(v.denominator()).isEqualTo(13);
        assertThat(v.value()).isEqualByComparingTo("61.5");
        assertThat(v.numeratorChildren()).containsExactly("H", "R", "RL", "S", "S2");
        assertThat(v.denominatorChildren()).containsExactly("H", "H2", "NEW", "R", "RL", "S", "S2");
    }

    @Test
    @DisplayName("MEASURES §8 coverage: a period that began before the first collection year with reviews is left out")
    void coverage() {
        var r = timeliness();
        assertThat(r.get("reviews.held").numerator()).isEqualTo(14);
        assertThat(r.get("reviews.on_time_pct").denominatorChildren()).doesNotContain("OLD");
    }

    @Test
    @DisplayName("MEASURES §8 participation: by code; PN1-PN6 over PN1-PN7 (PN0 and blanks left out)")
    void participation() {
        var f = ReturnFixture.create();
        String[] codes = {"PN0", "PN1", "pn6", "PN7", "", "PN3"};
        for (int i = 0; i < codes.length; i++) {
            f.review("C", String.format("%02d/05/2025", i + 1), codes[i]);
        }
        f.review("C", "31/03/2025", "PN1").review("C", "01/04/2026", "PN1");
        var r = f.compute(2026);
        assertThat(r.get("reviews.held").numerator()).isEqualTo(6);
        assertThat(r.get("reviews.participation.PN0").numerator()).isEqualTo(1);
        assertThat(r.get("reviews.participation.PN1").numerator()).isEqualTo(1);
        assertThat(r.get("reviews.participation.PN2").numerator()).isZero();
        assertThat(r.get("reviews.participation.PN6").numerator()).isEqualTo(1);
        var pct = r.get("reviews.participation_pct");
        assertThat(pct.numerator()).isEqualTo(3);
        assertThat(pct.denominator()).isEqualTo(4);
        assertThat(pct.value()).isEqualByComparingTo("75.0");
        // C has no episodes: no period, so no known due date
        assertThat(r.get("reviews.on_time_pct").denominator()).isZero();
    }
}
