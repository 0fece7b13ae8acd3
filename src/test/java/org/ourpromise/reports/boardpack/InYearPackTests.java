package org.ourpromise.reports.boardpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.reports.BoardPeriod;
import org.ourpromise.reports.InYearFigures;
import org.ourpromise.reports.figures.RecordMeasures;

/** Issue 15: monthly and quarterly packs show the in-year figures beside the last complete year's; yearly packs do not. */
class InYearPackTests extends WebTestSupport {

    @Test
    void aMonthsPackShowsTheTwelveMonthsToItsLastDayBesideTheLastCompleteYear() throws Exception {
        var html = mvc.perform(get("/board-pack").param("month", "2026-10").with(as("board1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"in-year\"", "In-year figures: the 12 months to 31 October 2026",
                "1 November 2025 to 31 October 2026", "Last complete year, 2025-26", "Children in care now",
                "(the return)", "(the record)");
        assertThat(html.indexOf("id=\"in-year\"")).isLessThan(html.indexOf("id=\"you-said-we-did\""));
    }

    @Test
    void aQuarterStillRunningIsAsAtToday() throws Exception {
        var html = mvc.perform(get("/board-pack").param("quarter", "2027-Q3").with(as("board1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("In-year figures: the 12 months to 22 November 2026");
        assertThat(RecordMeasures.inYearAsAt(BoardPeriod.quarter(2027, 3), LocalDate.parse("2026-11-22")))
                .contains(LocalDate.parse("2026-11-22"));
        assertThat(RecordMeasures.inYearAsAt(BoardPeriod.month(java.time.YearMonth.of(2024, 2)),
                LocalDate.parse("2026-11-22"))).contains(LocalDate.parse("2024-02-29"));
    }

    @Test
    void theYearsPackAndItsDownloadHaveNoInYearFigures() throws Exception {
        var html = mvc.perform(get("/board-pack").param("year", "2026").with(as("board1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("id=\"in-year\"");
        var csv = mvc.perform(get("/board-pack.csv").param("year", "2026").with(as("board1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).doesNotContain("inyear.");
    }

    @Test
    void theMonthsDownloadCarriesTheInYearFiguresLabelledSo() throws Exception {
        var csv = mvc.perform(get("/board-pack.csv").param("month", "2026-10").with(as("board1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains(InYearFigures.IN_CARE + ",In-year: Children in care now,1 November 2025 to 31 October 2026,",
                InYearFigures.STARTS + ",", "local.peps_current_pct,In-year:");
        for (var band : org.ourpromise.timescales.CareLeaverBands.Band.values()) {
            assertThat(csv).contains(InYearFigures.leaversInTouch(band) + ",In-year: Care leavers aged " + band.words());
        }
    }
}
