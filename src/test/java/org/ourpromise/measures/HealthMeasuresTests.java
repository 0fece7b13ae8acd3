package org.ourpromise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MEASURES.md §4 (OC2 cohort, DOMAIN.md §2.6), year 2026. */
class HealthMeasuresTests {

    private static ReturnFixture cohort() {
        return ReturnFixture.create()
                .child("K1", "01/01/2014").episode("K1", "01/01/2020", "", "S", "C2", "U4", "")
                .oc2("K1", "14", "1", "0", "1", "0", "1", "1", "1", "0")
                // K2: came into care on 1 April (not after it): in the cohort; no OC2 row
                .child("K2", "01/06/2021").episode("K2", "01/04/2025", "", "S", "C2", "U4", "")
                // K3: came into care on 2 April
                .child("K3", "01/01/2014").episode("K3", "02/04/2025", "", "S", "C2", "U4", "")
                .oc2("K3", "10", "1", "1", "1", "1", "1", "1", "1", "1")
                // K4: a period ended on 1 April (rule b) and a new one began that day (not after 1 April)
                .child("K4", "01/01/2014").episode("K4", "01/01/2020", "01/04/2025", "S", "C2", "U4", "E8")
                .episode("K4", "01/04/2025", "", "S", "C2", "U4", "")
                .oc2("K4", "10", "1", "1", "1", "1", "1", "1", "1", "1")
                // K5: a short break in the year excludes the child, though breaks are removed elsewhere
                .child("K5", "01/01/2014").episode("K5", "01/01/2020", "", "S", "C2", "U4", "")
                .episode("K5", "01/06/2025", "03/06/2025", "S", "V4", "U4", "E4A")
                .oc2("K5", "10", "1", "1", "1", "1", "1", "1", "1", "1")
                // K6: a short break that ended before the year does not
                .child("K6", "01/01/2012").episode("K6", "01/01/2020", "", "S", "C2", "U4", "")
                .episode("K6", "01/03/2025", "31/03/2025", "S", "V3", "U4", "E4A")
                .oc2("K6", "abc", "0", "0", "1", "1", "0", "1", "0", "1")
                // K7: left care on 31 March
                .child("K7", "01/01/2014").episode("K7", "01/01/2020", "31/03/2026", "S", "C2", "U4", "E4A")
                .oc2("K7", "10", "1", "1", "1", "1", "1", "1", "1", "1")
                .child("K8", "01/04/2021").episode("K8", "01/01/2022", "", "S", "C2", "U4", "")
                .oc2("K8", "20", "0", "1", "0", "1", "1", "0", "0", "0")
                .child("K9", "31/03/2009").episode("K9", "01/01/2020", "", "S", "C2", "U4", "")
                .oc2("K9", "", "1", "0", "1", "1", "1", "0", "0", "0");
    }

    @Test
    @DisplayName("MEASURES §4 cohort: continuously looked after for the 12 months to 31 March, short breaks checked first")
    void cohortMembers() {
        assertThat(cohort().compute(2026).get("oc2.cohort").numeratorChildren())
                .containsExactly("K1", "K2", "K6", "K8", "K9");
    }

    @Test
    @DisplayName("MEASURES §4 outcomes: each over its own part of the cohort; no OC2 row counts in the denominator only")
    void outcomes() {
        var r = cohort().compute(2026);
        assertPct(r, "oc2.convicted_pct", 2, 3, "66.7");
        assertPct(r, "oc2.health_check_pct", 1, 2, "50.0");
        assertPct(r, "oc2.immunisations_pct", 3, 5, "60.0");
        assertPct(r, "oc2.teeth_check_pct", 3, 5, "60.0");
        assertPct(r, "oc2.health_assessment_pct", 3, 5, "60.0");
        assertPct(r, "oc2.substance_misuse_pct", 2, 5, "40.0");
        assertPct(r, "oc2.intervention_received_pct", 1, 2, "50.0");
        assertPct(r, "oc2.intervention_offered_pct", 1, 2, "50.0");
        assertThat(r.get("oc2.health_check_pct").denominatorChildren()).containsExactly("K2", "K8");
    }

    @Test
    @DisplayName("MEASURES §4 SDQ: aged 4+ at 1 April and under 17 at 31 March; mean and bands of those with a score")
    void sdq() {
        var r = cohort().compute(2026);
        assertPct(r, "oc2.sdq_returned_pct", 2, 3, "66.7");
        assertThat(r.get("oc2.sdq_returned_pct").denominatorChildren()).containsExactly("K1", "K6", "K8");
        var average = r.get("oc2.sdq_average");
        assertThat(average.numerator()).isEqualTo(34);
        assertThat(average.denominator()).isEqualTo(2);
        assertThat(average.value()).isEqualByComparingTo("17.0");
        assertThat(r.get("oc2.sdq_band.average").numerator()).isZero();
        assertThat(r.get("oc2.sdq_band.slightly_raised").numerator()).isEqualTo(1);
        assertThat(r.get("oc2.sdq_band.high").numerator()).isZero();
        assertThat(r.get("oc2.sdq_band.very_high").numerator()).isEqualTo(1);
    }

    @Test
    @DisplayName("MEASURES §4 SDQ bands at their edges: 13/14, 16/17, 19/20")
    void bandEdges() {
        var f = ReturnFixture.create();
        String[] scores = {"0", "13", "14", "16", "17", "19", "20", "40", "41"};
        for (int i = 0; i < scores.length; i++) {
            String c = "C" + i;
            f.child(c, "01/01/2014").episode(c, "01/01/2020", "", "S", "C2", "U4", "")
                    .oc2(c, scores[i], "0", "0", "0", "0", "0", "0", "0", "0");
        }
        var r = f.compute(2026);
        assertThat(r.get("oc2.sdq_band.average").numerator()).isEqualTo(2);
        assertThat(r.get("oc2.sdq_band.slightly_raised").numerator()).isEqualTo(2);
        assertThat(r.get("oc2.sdq_band.high").numerator()).isEqualTo(2);
        assertThat(r.get("oc2.sdq_band.very_high").numerator()).isEqualTo(2);
        assertPct(r, "oc2.sdq_returned_pct", 8, 9, "88.9");
    }

    private static void assertPct(MeasureResults r, String key, long n, long d, String value) {
        var v = r.get(key);
        assertThat(v.numerator()).as(key).isEqualTo(n);
        assertThat(v.denominator()).as(key).isEqualTo(d);
        assertThat(v.value()).as(key).isEqualByComparingTo(value);
    }

}
