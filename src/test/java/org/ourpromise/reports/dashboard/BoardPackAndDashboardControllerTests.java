package org.ourpromise.reports.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.reports.ChartBar;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.reports.BoardPack;

/** Issue 4: the board pack (no child-level data) and the managers' dashboard with permission-checked drill-down. */
class BoardPackAndDashboardControllerTests extends WebTestSupport {

    @Test
    void theBoardPackNamesNoChild() throws Exception {
        var html = mvc.perform(get("/board-pack").param("quarter", "2027-Q2").with(as("board1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(BoardPack.TITLE)))
                .andExpect(content().string(containsString("Quarter 2")))
                .andExpect(content().string(containsString("/board-pack.pdf?quarter=2027-Q2")))
                .andReturn().getResponse().getContentAsString();
        for (var id : List.of(TestCouncil.AMIRA, TestCouncil.JACK, TestCouncil.LEAH, "Amira", "Khan", "/children/",
                "/dashboard/")) {
            assertThat(html).doesNotContain(id);
        }
    }

    @Test
    void thePeriodIsChosenOnThePageAndTheSummarySaysHowManyAreOnTarget() throws Exception {
        var html = mvc.perform(get("/board-pack").param("period", "month=2026-10").with(as("board1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<select id=\"period\" name=\"period\">", "value=\"month=2026-10\" selected>",
                "value=\"year=2026\"", "value=\"quarter=", "Headline indicators at a glance", " on target",
                "rag-shape rag-shape-");
        assertThat(html).containsOnlyOnce(" selected>");
        // the rooms' sections: the ledger of what young people said, without names, and the board's open actions
        assertThat(html).contains("id=\"you-said-we-did\"", "You said, we did", "id=\"board-actions\"",
                "Open board actions");
        mvc.perform(get("/board-pack").param("period", "week=2026-40").with(as("board1")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/board-pack").param("period", "month=2099-01").with(as("board1")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theBoardPackPdfIsAPdfAndABadQuarterIsExplained() throws Exception {
        var bytes = mvc.perform(get("/board-pack.pdf").param("quarter", "2026-Q4").with(as("board1")))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        mvc.perform(get("/board-pack").param("quarter", "2026-Q5").with(as("board1"))).andExpect(status().isBadRequest());
    }

    @Test
    void theDashboardShowsHeadlinesWithDescriptionsAndDrillDownLinksForManagers() throws Exception {
        mvc.perform(get("/dashboard").param("year", "2026").with(as("tm1")))
                .andExpect(status().isOk()).andExpect(view().name("reports/dashboard/dashboard"))
                .andExpect(model().attribute("drillDown", true))
                .andExpect(content().string(containsString("/dashboard/cla.at_31_march?year=2026")))
                .andExpect(content().string(containsString("North children in care team")));
        var dashboard = (Dashboard) mvc.perform(get("/dashboard").param("year", "2026").with(as("tm1")))
                .andReturn().getModelAndView().getModel().get("dashboard");
        assertThat(dashboard.rows()).hasSize(BoardPack.HEADLINES.size());
        // at 31 March 2026 Amira (since 2024) and Jack (since January 2025) are in care; Leah left in 2024
        var atYearEnd = dashboard.rows().get(0);
        assertThat(atYearEnd.indicator().key()).isEqualTo("cla.at_31_march");
        assertThat(atYearEnd.indicator().value()).isEqualTo("2");
        assertThat(atYearEnd.description()).isNotBlank();
    }

    @Test
    @DisplayName("every dashboard figure has a five-year trend: years before the record's coverage are gaps, never zeros")
    void theDashboardShowsAFiveYearTrend() throws Exception {
        var result = mvc.perform(get("/dashboard").param("year", "2026").with(as("tm1"))).andExpect(status().isOk())
                .andReturn();
        var dashboard = (Dashboard) result.getModelAndView().getModel().get("dashboard");
        var trend = dashboard.rows().get(0).indicator().trend().bars();
        assertThat(trend).extracting(ChartBar::label).containsExactly("2021-22", "2022-23", "2023-24", "2024-25", "2025-26");
        // the record is covered from Amira's first review (May 2024, 2024-25); at 31 March 2025 Amira and Jack were in care
        assertThat(trend).extracting(ChartBar::value).containsExactly(null, null, null, BigDecimal.valueOf(2),
                BigDecimal.valueOf(2));
        assertThat(dashboard.rows()).allSatisfy(r -> assertThat(r.indicator().trend().bars()).hasSize(5));
        assertThat(result.getResponse().getContentAsString()).contains("class=\"sparkline\"")
                .contains("<title>Five-year trend of Children looked after at 31 March</title>")
                .contains("2021-22: no figure").contains("2025-26: 2</li>").contains("Sources of comparators")
                .contains("DfE, Children looked after in England including adoptions 2020 "
                        + "(explore-education-statistics.service.gov.uk): Rate per 10000 children aged under 18")
                // England's count is not beside the council's count (like for like, issue 15)
                .doesNotContain("Stability measures data set");
    }

    @Test
    void aTeamFilterCountsOnlyTheChildrenNowAllocatedToThatTeam() throws Exception {
        var dashboard = (Dashboard) mvc.perform(get("/dashboard").param("year", "2026").param("team", "T2")
                        .with(as("tm1")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("dashboard");
        assertThat(dashboard.teamName()).isEqualTo("South children in care team");
        assertThat(dashboard.rows().get(0).indicator().value()).isEqualTo("1"); // Jack only
        mvc.perform(get("/dashboard").param("team", "NOPE").with(as("tm1"))).andExpect(status().isBadRequest());
    }

    @Test
    void theDrillDownListsOnlyChildrenTheManagerMaySeeAndIsAudited() throws Exception {
        long before = auditCount("tm1", "VIEW_REPORT");
        mvc.perform(get("/dashboard/cla.at_31_march").param("year", "2026").with(as("tm1")))
                .andExpect(status().isOk()).andExpect(view().name("reports/dashboard/drill-down"))
                .andExpect(model().attribute("numerator", List.of(TestCouncil.AMIRA)))
                .andExpect(model().attribute("hidden", 1))
                .andExpect(content().string(containsString("Child " + TestCouncil.AMIRA)))
                .andExpect(content().string(not(containsString("Child " + TestCouncil.JACK))));
        assertThat(auditCount("tm1", "VIEW_REPORT")).isEqualTo(before + 1);
        mvc.perform(get("/dashboard/cla.at_31_march").param("year", "2026").with(as("perf1")))
                .andExpect(model().attribute("numerator", List.of(TestCouncil.AMIRA, TestCouncil.JACK)));
        mvc.perform(get("/dashboard/no.such.measure").with(as("perf1"))).andExpect(status().isNotFound());
    }

    @Test
    void aBoardMemberSeesTheFiguresButNoDrillDown() throws Exception {
        mvc.perform(get("/dashboard").param("year", "2026").with(as("board1")))
                .andExpect(status().isOk()).andExpect(model().attribute("drillDown", false))
                .andExpect(content().string(not(containsString("/dashboard/cla."))));
        long before = auditCount("board1", "VIEW_REPORT");
        mvc.perform(get("/dashboard/cla.at_31_march").param("year", "2026").with(as("board1")))
                .andExpect(status().isForbidden());
        assertThat(auditCount("board1", "VIEW_REPORT")).isEqualTo(before);
        assertThat(auditCount("board1", "ACCESS_DENIED")).isPositive();
    }
}
