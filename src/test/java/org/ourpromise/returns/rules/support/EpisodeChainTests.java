package org.ourpromise.returns.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.returns.Ssda903Row;

/** Periods of care and runs of episodes (DOMAIN.md §1.1). */
class EpisodeChainTests {

    @ParameterizedTest(name = "§1.1 periods of care: {0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        // an X1 change keeps the period; any other reason ends it; RNE S always starts one
        "01/01/2024>10/05/2025>S>X1|10/05/2025>>P>; 2",
        "01/01/2024>10/05/2025>S>E4A|01/06/2025>>S>; 1,1",
        "01/01/2024>10/05/2025>S>E4A|10/05/2025>>P>; 1,1",
        "01/01/2024>10/05/2025>S>X1|10/05/2025>>S>; 1,1",
        "01/01/2024>10/05/2025>S>X1|10/05/2025>01/06/2025>P>X1|01/06/2025>>T>; 3"})
    void periodsOfCare(String episodes, String sizes) {
        var chain = SupportTestRows.episodes(episodes);
        assertThat(EpisodeChain.periods(chain).stream().map(List::size).map(String::valueOf).toList())
                .isEqualTo(List.of(sizes.split(",")));
        int last = chain.size() - 1;
        assertThat(EpisodeChain.periodStartIndex(chain, last))
                .isEqualTo(chain.size() - Integer.parseInt(sizes.substring(sizes.lastIndexOf(',') + 1)));
    }

    @ParameterizedTest(name = "runs of placements for adoption: {0} -> rows {1}")
    @CsvSource(delimiter = ';', value = {
        // a run continues only when the next episode starts the day the last ended
        "01/01/2025>01/03/2025>S>X1>C2>A3|01/03/2025>>P>>C2>A5; 1",
        "01/01/2025>01/03/2025>S>X1>C2>A3|02/03/2025>>P>>C2>A5; 1,2",
        "01/01/2025>01/03/2025>S>X1>C2>U1|01/03/2025>>P>>C2>A5; 2",
        "01/01/2025>01/03/2025>S>X1>C2>A3|01/03/2025>02/04/2025>P>X1>C2>U1|02/04/2025>>P>>C2>A4; 1,3"})
    void runStartsAreWhereAPlacementForAdoptionBegins(String episodes, String rows) {
        var starts = EpisodeChain.runStarts(SupportTestRows.episodes(episodes),
                e -> CodeGroups.PLACED_FOR_ADOPTION.contains(e.get("PLACE")));
        assertThat(starts.stream().map(Ssda903Row::rowNumber).map(String::valueOf).toList())
                .isEqualTo(List.of(rows.split(",")));
    }

    @ParameterizedTest(name = "overlaps 2025-26: {0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "01/01/2025>31/03/2025; false", "01/01/2025>01/04/2025; true", "31/03/2026>; true", "01/04/2026>; false",
        ">; false", "01/01/2020>; true"})
    void overlapsTheYearBothEndsIncluded(String episode, boolean overlaps) {
        var e = SupportTestRows.episodes(episode).get(0);
        assertThat(EpisodeChain.overlaps(e, java.time.LocalDate.of(2025, 4, 1), java.time.LocalDate.of(2026, 3, 31)))
                .isEqualTo(overlaps);
    }
}
