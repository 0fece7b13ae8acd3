package org.ourpromise.measures.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/**
 * Periods of care (MEASURES.md §0) and placements (§3). An episode is written
 * {@code decom>dec rne ls place plPost urn rec} ({@code -} blank), episodes separated by {@code ;}.
 */
class ChildCareTests {

    @ParameterizedTest(name = "{0} -> {1} periods")
    @DisplayName("MEASURES §0 period of care: new at RNE S, after a REC other than X1, or after a gap")
    @CsvSource(delimiter = '|', value = {
            "01/01/2024>01/02/2024 S C2 U4 A B X1; 01/02/2024>- P C2 U5 A C -                 | 1",
            "01/01/2024>01/02/2024 S C2 U4 A B X1; 01/02/2024>- S C2 U5 A C -                 | 2",
            "01/01/2024>01/02/2024 S C2 U4 A B E8; 01/02/2024>- P C2 U5 A C -                 | 2",
            "01/01/2024>01/02/2024 S C2 U4 A B X1; 02/02/2024>- P C2 U5 A C -                 | 2",
            "01/01/2024>01/02/2024 S C2 U4 A B E4A; 01/06/2024>- S V2 U5 A C -                | 2",
            // short breaks are removed first: the hole they leave is a gap
            "01/01/2024>01/02/2024 S C2 U4 A B X1; 01/02/2024>01/03/2024 S V3 U5 A C X1; 01/03/2024>- L C2 U4 A B - | 2",
            "01/01/2024>01/03/2024 S C2 U4 A B X1; 01/02/2024>05/02/2024 S V3 U5 A C E4A; 01/03/2024>- L C2 U4 A B - | 1",
            "01/01/2024>01/02/2024 S C2 U4 A B X1; 01/02/2024>01/06/2024 L V4 U4 A B X1; 01/06/2024>- L C2 U4 A B - | 2"})
    void periods(String episodes, int periods) {
        assertThat(care(episodes, true).periods()).hasSize(periods);
    }

    @ParameterizedTest(name = "{0} -> {1} counted (excluding temporary) / {2} counted (including)")
    @DisplayName("MEASURES §3 placements: new at S/P/B and each period; temporary T0-T4 and the return from them")
    @CsvSource(delimiter = '|', value = {
            // P changes carer; T and L keep it
            "01/01/2024>01/02/2024 S C2 U4 A1 U1 X1; 01/02/2024>- P C2 U4 A2 U2 -                         | 2 | 2",
            "01/01/2024>01/02/2024 S C2 U4 A1 U1 X1; 01/02/2024>- T C2 U5 A1 U1 -                         | 1 | 1",
            "01/01/2024>01/02/2024 S C2 U4 A1 U1 X1; 01/02/2024>- L E1 U4 A1 U1 -                         | 1 | 1",
            "01/01/2024>01/02/2024 S C2 U4 A1 U1 X1; 01/02/2024>- B E1 U4 A1 U1 -                         | 2 | 2",
            // return to the same PLACE/PL_POST/URN after a temporary placement continues the placement
            "01/01/2024>01/02/2024 S C2 U4 A1 U1 X1; 01/02/2024>08/02/2024 P C2 T3 - - X1; 08/02/2024>- P C2 U4 A1 U1 - | 1 | 3",
            // a different URN after it does not
            "01/01/2024>01/02/2024 S C2 U4 A1 U1 X1; 01/02/2024>08/02/2024 P C2 T3 - - X1; 08/02/2024>- P C2 U4 A1 U9 - | 2 | 3",
            // nor a different PLACE
            "01/01/2024>01/02/2024 S C2 U4 A1 U1 X1; 01/02/2024>08/02/2024 P C2 T3 - - X1; 08/02/2024>- P C2 U6 A1 U1 - | 2 | 3",
            // several temporary placements in a row
            "01/01/2024>01/02/2024 S C2 U4 A1 U1 X1; 01/02/2024>05/02/2024 P C2 T1 - - X1; 05/02/2024>08/02/2024 P C2 T4 - - X1; 08/02/2024>- P C2 U4 A1 U1 - | 1 | 4",
            // a temporary placement first in a period: nothing before it to return to
            "01/01/2024>08/01/2024 S C2 T4 - - X1; 08/01/2024>- P C2 U4 A1 U1 -                          | 1 | 2",
            // the same carer in an earlier period is not returned to (a new period of care)
            "01/01/2024>01/02/2024 S C2 U4 A1 U1 E8; 01/03/2024>08/03/2024 S C2 T4 - - X1; 08/03/2024>- P C2 U4 A1 U1 - | 2 | 3"})
    void placements(String episodes, int excluding, int including) {
        assertThat(care(episodes, true).placements()).filteredOn(p -> !p.temporary()).hasSize(excluding);
        assertThat(care(episodes, false).placements()).filteredOn(p -> !p.temporary()).hasSize(including);
    }

    @Test
    @DisplayName("MEASURES §3 (b): the placement returned to keeps its start and is counted once")
    void returnFromTemporaryKeepsStart() {
        var c = care("01/01/2024>01/02/2024 S C2 U4 A1 U1 X1; 01/02/2024>08/02/2024 P C2 T3 - - X1;"
                + " 08/02/2024>01/05/2024 P C2 U4 A1 U1 X1; 01/05/2024>- L E1 U4 A1 U1 -", true);
        var counted = c.placements().stream().filter(p -> !p.temporary()).toList();
        assertThat(counted).hasSize(1);
        assertThat(counted.get(0).start()).hasToString("2024-01-01");
        assertThat(counted.get(0).episodes()).hasSize(3);
        assertThat(counted.get(0).holds(c.openEpisodeAt(java.time.LocalDate.of(2025, 3, 31)))).isTrue();
    }

    @Test
    @DisplayName("history: an episode repeated by the returns of two years is one episode; the row with its end wins")
    void episodeRepeatedAcrossReturns() {
        var c = care("01/01/2024>- S C2 U4 A1 U1 -; 01/01/2024>01/06/2025 S C2 U4 A1 U1 X1; 01/06/2025>- P C2 U5 A2 U2 -;"
                + " 01/01/2024>- S C2 U4 A1 U1 -", true);
        assertThat(c.episodes()).hasSize(2);
        assertThat(c.periods()).hasSize(1);
        assertThat(c.placements()).hasSize(2);
        assertThat(c.episodes().get(0).dec()).hasToString("2025-06-01");
    }

    @ParameterizedTest(name = "born {0}, on {1}: {2}")
    @DisplayName("MEASURES §0 age: whole years; born 29 February turns a year older on 1 March in other years")
    @CsvSource({
            "29/02/2008, 28/02/2025, 16",
            "29/02/2008, 01/03/2025, 17",
            "29/02/2008, 28/02/2024, 15",
            "29/02/2008, 29/02/2024, 16",
            "01/04/2010, 31/03/2026, 15",
            "31/03/2010, 31/03/2026, 16",
            "31/03/2026, 31/03/2026, 0",
            "01/04/2026, 31/03/2026, -1"})
    void age(String dob, String on, int age) {
        assertThat(ChildDetails.ageAt(org.ourpromise.returns.Ssda903Dates.parseOrNull(dob),
                org.ourpromise.returns.Ssda903Dates.parseOrNull(on))).isEqualTo(age);
    }

    static ChildCare care(String episodes, boolean excludeTemporary) {
        var list = new ArrayList<Episode>();
        int order = 0;
        for (var e : episodes.split(";")) {
            var t = e.trim().split("\\s+");
            var dates = t[0].split(">");
            var row = Ssda903Row.of(Ssda903Table.EPISODES, "X", dates[0], t[1], t[2], "N1", t[3], "",
                    dash(dates[1]), dash(t[6]), "", "", dash(t[4]), dash(t[5]));
            list.add(Episode.of(row, order++));
        }
        return ChildCare.of("X", List.copyOf(list), excludeTemporary);
    }

    private static String dash(String s) {
        return s.equals("-") ? "" : s;
    }
}
