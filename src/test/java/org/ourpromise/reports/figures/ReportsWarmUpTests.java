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

    @Autowired
    private ReportDocuments documents;

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
    @DisplayName("the warm-up renders the annual report's PDF and each pack's exactly as their pages ask for them")
    void theAnnualReportAndPackPdfsAreRenderedAsThePagesAskForThem() throws Exception {
        var warmed = warmUp.warm("a test", true);
        assertThat(warmed).isNotNull();
        assertThat(documents.annualPdfRendered(warmed.latestYear())).as("the annual report's PDF").isTrue();
        warmed.periods().forEach(p -> assertThat(documents.packPdfRendered(p)).as(p.label()).isTrue());
        var pdf = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/reports/annual.pdf")
                        .param("year", "" + warmed.latestYear()).with(as("board1")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pdf).isEqualTo(documents.annualPdf(warmed.latestYear()));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    @DisplayName("each pack's query asks for it again: the key of its narratives")
    void packQueries() {
        assertThat(ReportDocuments.query(BoardPeriod.year(2026))).isEqualTo("year=2026");
        assertThat(ReportDocuments.query(BoardPeriod.quarter(2027, 4))).isEqualTo("quarter=2027-Q4");
        assertThat(ReportDocuments.query(BoardPeriod.quarter(2027, 1))).isEqualTo("quarter=2027-Q1");
        assertThat(ReportDocuments.query(BoardPeriod.month(java.time.YearMonth.of(2028, 2)))).isEqualTo("month=2028-02");
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
