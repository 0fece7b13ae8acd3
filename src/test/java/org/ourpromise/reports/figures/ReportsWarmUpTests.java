package org.ourpromise.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.reports.BoardPeriod;
import org.springframework.beans.factory.annotation.Autowired;

/** The board's figures are worked out before the first page of the day asks for them (decision 0175). */
class ReportsWarmUpTests extends WebTestSupport {

    @Autowired
    private ReportsWarmUp warmUp;

    @Autowired
    private ReportLibrary library;

    @Test
    @DisplayName("after the warm-up the annual report and the packs a member opens first are served as built, not built again")
    void warmedFiguresAreServed() {
        var warmed = warmUp.warm("a test", false);
        assertThat(warmed).isNotNull();
        assertThat(library.annual(warmed.latestYear())).isSameAs(warmed.annual());
        for (int i = 0; i < warmed.periods().size(); i++) {
            assertThat(library.boardPack(warmed.periods().get(i))).isSameAs(warmed.packs().get(i));
        }
    }

    @Test
    @DisplayName("the packs warmed: the quarter last ended (the default), last month, this month and the last complete year")
    void periods() {
        // 22 November 2026: quarter 2 of 2026-27 (July to September) last ended
        assertThat(ReportsWarmUp.periods(LocalDate.of(2026, 11, 22), 2026)).containsExactly(BoardPeriod.quarter(2027, 2),
                BoardPeriod.month(java.time.YearMonth.of(2026, 10)), BoardPeriod.month(java.time.YearMonth.of(2026, 11)),
                BoardPeriod.year(2026));
        // 1 April: quarter 4 (January to March) of the year that has just ended
        assertThat(ReportsWarmUp.periods(LocalDate.of(2027, 4, 1), 2027).get(0)).isEqualTo(BoardPeriod.quarter(2027, 4));
        // 1 January: quarter 3 (October to December)
        assertThat(ReportsWarmUp.periods(LocalDate.of(2027, 1, 1), 2026).get(0)).isEqualTo(BoardPeriod.quarter(2027, 3));
    }
}
