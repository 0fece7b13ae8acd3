package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cohort's results worked by hand: only children in the 12-month cohort count; KS1 only to 2022/23; no Progress
 * 8 line for 2024/25 and 2025/26; averages of those with a result; a national figure only where one is cited.
 */
class AttainmentFiguresTests {

    private static final AttainmentSettings NONE = new AttainmentSettings(null);

    private static Result ks4(String id, int year, String a8, String p8, boolean em94, boolean em95) {
        return new Result(id, year, Result.KeyStage.KS4, null, null, new BigDecimal(a8),
                p8 == null ? null : new BigDecimal(p8), em94, em95);
    }

    private static Result ks2(String id, int year, boolean rwm) {
        return new Result(id, year, Result.KeyStage.KS2, null, rwm, null, null, null, null);
    }

    @Test
    void onlyTheTwelveMonthCohortCountsAndAveragesAreOfThoseWithAResult() {
        var results = List.of(ks2("A", 2023, true), ks2("B", 2023, false), ks2("C", 2023, true),
                ks2("OUT", 2023, true), ks2("A", 2022, true),
                ks4("D", 2023, "30.5", "-0.50", true, false), ks4("E", 2023, "20.0", "-1.25", false, false));
        var f = AttainmentFigures.of(new SchoolYear(2023), results, Set.of("A", "B", "C", "D", "E")::contains, NONE);
        var byKey = f.lines().stream().collect(java.util.stream.Collectors.toMap(AttainmentFigures.Line::key, l -> l));
        assertThat(byKey.get("ks2-rwm").share()).isEqualTo(new Share(2, 3));
        assertThat(byKey.get("ks2-rwm").words()).isEqualTo("2 of 3 (66.7%)");
        assertThat(byKey.get("ks4-a8").average()).isEqualByComparingTo("25.3");
        assertThat(byKey.get("ks4-p8").average()).isEqualByComparingTo("-0.88");
        assertThat(byKey.get("ks4-em94").share()).isEqualTo(new Share(1, 2));
        assertThat(byKey.get("ks4-em95").share()).isEqualTo(new Share(0, 2));
        assertThat(byKey.get("eyfs-gld").words()).isEqualTo("No results");
        assertThat(byKey).doesNotContainKey("ks1-rwm");
        assertThat(f.withResults()).extracting(AttainmentFigures.Line::key)
                .containsExactly("ks2-rwm", "ks4-a8", "ks4-p8", "ks4-em94", "ks4-em95");
    }

    @Test
    void keyStage1WhileStatutoryAndNoProgress8For2024And2025() {
        assertThat(keys(2022)).contains("ks1-rwm", "ks4-p8");
        assertThat(keys(2023)).doesNotContain("ks1-rwm").contains("ks4-p8");
        assertThat(keys(2024)).doesNotContain("ks4-p8");
        assertThat(keys(2025)).doesNotContain("ks4-p8");
        assertThat(keys(2026)).contains("ks4-p8");
    }

    @Test
    void aNationalFigureIsShownOnlyWhereCited() {
        var cited = new AttainmentSettings(Map.of("ks2-rwm-2023", BigDecimal.valueOf(37)));
        var f = AttainmentFigures.of(new SchoolYear(2023), List.of(ks2("A", 2023, true)), id -> true, cited);
        assertThat(f.lines()).filteredOn(l -> l.key().equals("ks2-rwm")).singleElement()
                .satisfies(l -> assertThat(l.nationalWords()).isEqualTo("37%"));
        assertThat(f.lines()).filteredOn(l -> l.key().equals("ks4-em94")).singleElement()
                .satisfies(l -> assertThat(l.nationalWords()).isEqualTo("Not cited"));
    }

    private static List<String> keys(int year) {
        return AttainmentFigures.of(new SchoolYear(year), List.of(), id -> true, NONE).lines().stream()
                .map(AttainmentFigures.Line::key).toList();
    }
}
