package org.ourpromise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MEASURES.md §1 (children looked after) by hand-worked cases; year 2026 = 1 April 2025 to 31 March 2026. */
class LookedAfterMeasuresTests {

    @ParameterizedTest(name = "MEASURES §0: episode {0} to ''{1}'' -> CLA {2}, during year {3}")
    @DisplayName("MEASURES §0 'open at d': an episode ending on 31 March is not looked after at 31 March")
    @CsvSource(nullValues = "-", value = {
            "01/04/2020, -,          1, 1",
            "01/04/2020, 31/03/2026, 0, 1",
            "01/04/2020, 01/04/2026, 1, 1",
            "31/03/2026, -,          1, 1",
            "01/04/2026, -,          0, 0",
            "01/01/2020, 31/03/2025, 0, 0",
            "01/01/2020, 01/04/2025, 0, 1"})
    void openAtTheEndOfTheYear(String decom, String dec, int cla, int during) {
        var r = ReturnFixture.create().child("A", "01/01/2015")
                .episode("A", decom, dec == null ? "" : dec, "S", "C2", "U4", dec == null ? "" : "E8")
                .compute(2026);
        assertThat(r.get("cla.at_31_march").numerator()).isEqualTo(cla);
        assertThat(r.get("cla.during_year").numerator()).isEqualTo(during);
    }

    @Test
    @DisplayName("MEASURES §0: short breaks V3/V4 are removed first; a child with only short breaks disappears")
    void shortBreaksRemoved() {
        var r = ReturnFixture.create()
                .child("ONLY_BREAKS", "01/01/2015").child("BREAK_THEN_CARE", "01/01/2015")
                .episode("ONLY_BREAKS", "01/01/2026", "", "S", "V3", "U4", "")
                .episode("ONLY_BREAKS", "01/06/2025", "05/06/2025", "S", "V4", "U4", "E4A")
                .episode("BREAK_THEN_CARE", "01/06/2025", "05/06/2025", "S", "V3", "U4", "E4A")
                .episode("BREAK_THEN_CARE", "01/09/2025", "", "S", "C1", "U4", "")
                .compute(2026);
        assertThat(r.get("cla.at_31_march").numeratorChildren()).containsExactly("BREAK_THEN_CARE");
        assertThat(r.get("cla.during_year").numeratorChildren()).containsExactly("BREAK_THEN_CARE");
        assertThat(r.get("cla.by_legal_status.C1").numerator()).isEqualTo(1);
        assertThat(r.get("starts.periods").numerator()).isEqualTo(1);
    }

    @ParameterizedTest(name = "born {0}: band {1} at 31 March 2026")
    @DisplayName("MEASURES §1 cla.by_age: whole years completed at 31 March")
    @CsvSource({
            "01/04/2025, under_1",
            "31/03/2025, 1_to_4",
            "01/04/2021, 1_to_4",
            "31/03/2021, 5_to_9",
            "01/04/2010, 10_to_15",
            "31/03/2010, 16_plus",
            "29/02/2008, 16_plus"})
    void ageBands(String dob, String band) {
        var r = ReturnFixture.create().child("A", dob).episode("A", "31/03/2026", "", "S", "C2", "U4", "")
                .compute(2026);
        assertThat(r.get("cla.by_age." + band).numerator()).isEqualTo(1);
        assertThat(r.values().entrySet()).filteredOn(e -> e.getKey().startsWith("cla.by_age."))
                .extracting(e -> e.getValue().numerator()).containsOnly(0L, 1L).contains(1L);
    }

    @Test
    @DisplayName("MEASURES §1 breakdowns: every key present with 0, each child in exactly one key")
    void breakdowns() {
        var r = ReturnFixture.create()
                .child("A", "F", "01/01/2015", "WBRI").child("B", "M", "01/01/2012", "MWBC")
                .child("C", "U", "01/01/2009", "")
                .episodeRow("A", "01/01/2024", "S", "C2", "N1", "U1", "PR1", "", "", "", "", "", "")
                .episodeRow("B", "01/01/2024", "S", "V2", "N2", "K2", "PR4", "", "", "", "", "", "")
                .episodeRow("C", "01/01/2024", "S", "C1", "N1", "P1", "", "", "", "", "", "", "")
                .compute(2026);
        assertThat(r.get("cla.at_31_march").numerator()).isEqualTo(3);
        assertThat(count(r, "cla.by_legal_status.C2")).isEqualTo(1);
        assertThat(count(r, "cla.by_legal_status.V2")).isEqualTo(1);
        assertThat(count(r, "cla.by_legal_status.J3")).isZero();
        assertThat(count(r, "cla.by_sex.F")).isEqualTo(1);
        assertThat(count(r, "cla.by_sex.U")).isEqualTo(1);
        assertThat(count(r, "cla.by_ethnic_group.white")).isEqualTo(1);
        assertThat(count(r, "cla.by_ethnic_group.mixed")).isEqualTo(1);
        assertThat(count(r, "cla.by_ethnic_group.not_known")).isEqualTo(1);
        assertThat(count(r, "cla.by_ethnic_group.black")).isZero();
        assertThat(count(r, "cla.by_placement_group.foster_kinship")).isEqualTo(1);
        assertThat(count(r, "cla.by_placement_group.residential")).isEqualTo(1);
        assertThat(count(r, "cla.by_placement_group.with_parents")).isEqualTo(1);
        assertThat(count(r, "cla.by_provider.PR1")).isEqualTo(1);
        assertThat(count(r, "cla.by_provider.PR4")).isEqualTo(1);
        assertThat(count(r, "cla.by_provider.none")).isEqualTo(1);
        // A (U1) and C (P1) are family-based, B (K2) is not: 2/3 = 66.666... -> 66.7
        assertThat(r.get("cla.family_based_pct").value()).isEqualByComparingTo("66.7");
        assertThat(r.get("cla.family_based_pct").numeratorChildren()).containsExactly("A", "C");
        assertThat(count(r, "cla.with_parents_on_care_order")).isEqualTo(1);
    }

    @Test
    @DisplayName("MEASURES §1 cla.by_sex: keys are the codes of the year (1/2 up to 2023-24, M/F/U from 2024-25)")
    void sexCodesOfTheYear() {
        var before = ReturnFixture.create().child("A", "2", "01/01/2015", "WBRI")
                .episode("A", "01/01/2023", "", "S", "C2", "U4", "").compute(2024);
        assertThat(before.values().keySet()).filteredOn(k -> k.startsWith("cla.by_sex."))
                .containsExactly("cla.by_sex.1", "cla.by_sex.2");
        assertThat(count(before, "cla.by_sex.2")).isEqualTo(1);
        var after = ReturnFixture.create().compute(2025);
        assertThat(after.values().keySet()).filteredOn(k -> k.startsWith("cla.by_sex."))
                .containsExactly("cla.by_sex.M", "cla.by_sex.F", "cla.by_sex.U");
    }

    @ParameterizedTest(name = "3 CLA, population {0} -> {1}")
    @DisplayName("MEASURES §1 cla.rate_per_10000: count / population * 10000, half-up to 1 dp; null without population")
    @CsvSource(nullValues = "-", value = {"10000, 3.0", "7, 4285.7", "30000, 1.0", "24000, 1.3", "80000, 0.4", "-, -", "0, -"})
    void rate(Integer population, BigDecimal expected) {
        var f = ReturnFixture.create();
        for (var c : new String[] {"A", "B", "C"}) {
            f.child(c, "01/01/2015").episode(c, "01/01/2024", "", "S", "C2", "U4", "");
        }
        var v = f.compute(MeasureParameters.forYear(2026).withPopulation(population)).get("cla.rate_per_10000");
        assertThat(v.numerator()).isEqualTo(3);
        assertThat(v.denominator()).isEqualTo(population == null ? null : population.longValue());
        if (expected == null) {
            assertThat(v.value()).isNull();
        } else {
            assertThat(v.value()).isEqualByComparingTo(expected);
        }
    }

    @Test
    @DisplayName("MEASURES §1 cla.uasc: CLA with a UASC row whose DUC is blank or after 31 March")
    void uasc() {
        var f = ReturnFixture.create();
        for (var c : new String[] {"BLANK", "ON_31_MARCH", "ON_1_APRIL", "NOT_CLA"}) {
            f.child(c, "01/01/2010");
        }
        f.episode("BLANK", "01/01/2024", "", "S", "C2", "U4", "").uasc("BLANK", "")
                .episode("ON_31_MARCH", "01/01/2024", "", "S", "C2", "U4", "").uasc("ON_31_MARCH", "31/03/2026")
                .episode("ON_1_APRIL", "01/01/2024", "", "S", "C2", "U4", "").uasc("ON_1_APRIL", "01/04/2026")
                .episode("NOT_CLA", "01/01/2024", "01/02/2026", "S", "C2", "U4", "E8").uasc("NOT_CLA", "");
        assertThat(f.compute(2026).get("cla.uasc").numeratorChildren()).containsExactly("BLANK", "ON_1_APRIL");
    }

    private static long count(MeasureResults r, String key) {
        var v = r.get(key);
        assertThat(v.denominator()).as("a count has no denominator").isNull();
        assertThat(v.value()).isEqualByComparingTo(BigDecimal.valueOf(v.numerator()));
        return v.numerator();
    }
}
