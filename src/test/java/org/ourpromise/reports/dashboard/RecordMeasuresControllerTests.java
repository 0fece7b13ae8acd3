package org.ourpromise.reports.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.reports.figures.RecordMeasures;
import org.ourpromise.reports.RecordFigures;
import org.ourpromise.reports.RecordSection;

/**
 * Issue 4: the figures from the record on the dashboard (with the same permission-checked, audited drill-down as
 * the return's figures) and in the board pack for a month or a quarter. The test council as at 22 November 2026:
 * Amira (team T1, IRO IRO01) in care since May 2024 with one review, on 28 May 2024; Jack (team T2, no IRO) in
 * care since January 2025 with none; Leah a care leaver.
 */
class RecordMeasuresControllerTests extends WebTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    private org.ourpromise.staff.StaffDirectory staff;


    private RecordSection section(String user, String... params) throws Exception {
        var request = get("/dashboard").with(as(user));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return (RecordSection) mvc.perform(request).andExpect(status().isOk()).andReturn().getModelAndView().getModel()
                .get("fromTheRecord");
    }

    private static RecordSection.Figure figure(RecordSection s, String key) {
        return s.figures().stream().filter(f -> f.indicator().key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theDashboardShowsTheRecordsFiguresWithTheirDescriptions() throws Exception {
        mvc.perform(get("/dashboard").param("year", "2026").with(as("tm1")))
                .andExpect(content().string(containsString("From the record")))
                .andExpect(content().string(containsString("/dashboard/local.care_plans_reviewed_pct?year=2026")))
                .andExpect(content().string(containsString("Care plans reviewed in the last 6 months")));
        var s = section("tm1", "year", "2026");
        assertThat(s.figures()).extracting(f -> f.indicator().key()).containsExactlyElementsOf(RecordMeasures.DASHBOARD_KEYS);
        assertThat(s.figures()).allSatisfy(f -> assertThat(f.description()).isNotBlank());
        // on 31 March 2026 neither child had a review in the 6 months before: 0 of 2
        assertThat(figure(s, "local.care_plans_reviewed_pct").indicator().counts()).isEqualTo("0 of 2");
        // Amira is IRO01's only child: one IRO, below the range
        assertThat(figure(s, "local.iros.below_range").indicator().counts()).isEqualTo("1 of 1 IROs");
        assertThat(figure(s, "local.visits_on_time_pct").indicator().value()).isEqualTo("none in the period");
    }

    @Test
    void aTeamsFiguresAreItsChildrensButIroCaseloadsAreTheWholeServices() throws Exception {
        var s = section("tm1", "year", "2026", "team", "T2");
        assertThat(figure(s, "local.care_plans_reviewed_pct").indicator().counts()).isEqualTo("0 of 1"); // Jack only
        assertThat(figure(s, "local.iro_caseload_average").indicator().counts()).isEqualTo("1 looked-after children, 1 IROs");
        mvc.perform(get("/dashboard").param("year", "2026").param("team", "T2").with(as("tm1")))
                .andExpect(content().string(containsString("IRO caseloads are for the whole IRO service")));
    }

    @Test
    void theDrillDownListsOnlyChildrenTheManagerMaySeeAndIsAudited() throws Exception {
        long before = auditCount("tm1", "VIEW_REPORT");
        var result = mvc.perform(get("/dashboard/local.care_plans_reviewed_pct").param("year", "2026").with(as("tm1")))
                .andExpect(status().isOk()).andExpect(view().name("reports/dashboard/record-drill-down"))
                .andExpect(content().string(containsString("Child " + TestCouncil.AMIRA)))
                .andExpect(content().string(not(containsString("Child " + TestCouncil.JACK))))
                .andExpect(content().string(containsString("North children in care team")))
                .andReturn();
        var drill = (RecordDrillDown) result.getModelAndView().getModel().get("drill");
        assertThat(drill.lists().get(0).children()).containsExactly(TestCouncil.AMIRA);
        assertThat(drill.hidden()).isEqualTo(2); // Jack, not met and in the denominator
        assertThat(auditCount("tm1", "VIEW_REPORT")).isEqualTo(before + 1);
        var perf = (RecordDrillDown) mvc.perform(get("/dashboard/local.care_plans_reviewed_pct").param("year", "2026")
                .with(as("perf1"))).andReturn().getModelAndView().getModel().get("drill");
        assertThat(perf.lists().get(0).children()).containsExactly(TestCouncil.AMIRA, TestCouncil.JACK);
        assertThat(perf.hidden()).isZero();
        mvc.perform(get("/dashboard/local.no_such_measure").with(as("perf1"))).andExpect(status().isNotFound());
    }

    @Test
    void theIroDrillDownShowsEachIrosCaseload() throws Exception {
        mvc.perform(get("/dashboard/local.iro_caseload_average").param("year", "2026").with(as("perf1")))
                // the IRO by the name the staff directory gives (their worker id while the directory has none)
                .andExpect(status().isOk()).andExpect(content().string(containsString(staff.nameOf("IRO01"))))
                .andExpect(content().string(containsString("Each IRO's caseload")));
    }

    @Test
    void aBoardMemberSeesTheRecordsFiguresButNoDrillDown() throws Exception {
        mvc.perform(get("/dashboard").param("year", "2026").with(as("board1")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("From the record")))
                .andExpect(content().string(not(containsString("/dashboard/local."))));
        mvc.perform(get("/dashboard/local.care_plans_reviewed_pct").param("year", "2026").with(as("board1")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theBoardPackForAMonthHasTheRecordsFiguresAndNamesNoChildOrWorker() throws Exception {
        var html = mvc.perform(get("/board-pack").param("month", "2026-10").with(as("board1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("October 2026")))
                .andExpect(content().string(containsString(RecordFigures.HEADING)))
                .andExpect(content().string(containsString("What the figures mean")))
                .andExpect(content().string(containsString("May 2026"))) // the trend's first month
                .andExpect(content().string(containsString("/board-pack.pdf?month=2026-10")))
                .andReturn().getResponse().getContentAsString();
        for (var s : List.of(TestCouncil.AMIRA, TestCouncil.JACK, TestCouncil.LEAH, "Amira", "IRO01", "SW001",
                "/children/", "/dashboard/")) {
            assertThat(html).doesNotContain(s);
        }
        var pdf = mvc.perform(get("/board-pack.pdf").param("month", "2026-10").with(as("board1")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.getHeader("Content-Disposition")).contains("board-pack-2026-10.pdf");
    }

    @Test
    void aQuarterPackHasTheRecordsFiguresToo() throws Exception {
        mvc.perform(get("/board-pack").param("quarter", "2027-Q2").with(as("board1")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(RecordFigures.HEADING)))
                .andExpect(content().string(containsString("Quarter 1 2026-27"))); // the trend reaches back
    }

    @Test
    void aBadMonthIsExplainedAndChangesNothing() throws Exception {
        for (var bad : List.of("2026-13", "October", "1999-12", "2026-12")) {
            mvc.perform(get("/board-pack").param("month", bad).with(as("board1"))).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/board-pack").param("month", "2026-10").param("quarter", "2027-Q2").with(as("board1")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/board-pack.pdf").param("month", "2026-13").with(as("board1"))).andExpect(status().isBadRequest());
    }
}
