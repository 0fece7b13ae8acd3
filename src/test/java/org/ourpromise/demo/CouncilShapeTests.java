package org.ourpromise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.record.CareEpisode;

/** The realism measure's placement count follows DOMAIN.md §2.4's recommended rule. */
class CouncilShapeTests {

    private static final LocalDate START = LocalDate.of(2025, 4, 1);
    private static final LocalDate END = LocalDate.of(2026, 3, 31);

    /**
     * Episodes written as {@code start>placement/RNE} separated by spaces, each ending when the
     * next starts (X1); the last stays open.
     */
    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2024-01-01>U6/S                                              | 1 | one placement since before the year
            2024-01-01>U6/S 2025-06-01>U4/T                              | 1 | same carer, long-term (RNE T) is not a move
            2024-01-01>U6/S 2025-06-01>K2/P 2025-09-01>U6/P              | 3 | two moves in the year
            2024-01-01>U6/S 2025-03-01>K2/P 2025-09-01>U6/P              | 2 | a move before 1 April is not counted again
            2024-01-01>U6/S 2025-06-01>T3/P 2025-06-10>U6/P              | 1 | respite and back is not a move
            2025-05-01>U6/S 2025-06-01>U6/L 2025-08-01>K2/B              | 2 | a legal change (L) is not a move, B is
            2026-03-31>U6/S                                              | 1 | entering care on 31 March
            """)
    void placementsInTheYear(String chain, int expected, String why) {
        assertThat(CouncilShape.placementsInYear(episodes(chain), START, END)).isEqualTo(expected);
    }

    private static List<CareEpisode> episodes(String chain) {
        String[] parts = chain.strip().split("\\s+");
        var out = new ArrayList<CareEpisode>();
        for (int i = 0; i < parts.length; i++) {
            String[] p = parts[i].split("[>/]");
            LocalDate from = LocalDate.parse(p[0]);
            LocalDate to = i + 1 < parts.length ? LocalDate.parse(parts[i + 1].substring(0, 10)) : null;
            out.add(new CareEpisode(from, p[2], "C2", "N1", p[1], p[1].startsWith("T") ? null : "PR1", to,
                    to == null ? null : "X1", null, null, null, null));
        }
        return out;
    }
}
