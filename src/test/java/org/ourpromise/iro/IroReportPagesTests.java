package org.ourpromise.iro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.measures.IroServiceMeasureCatalogue;
import org.springframework.beans.factory.annotation.Autowired;

/** The IRO annual report in the browser and as PDF, and the IRO manager's narrative for a section. */
class IroReportPagesTests extends WebTestSupport {

    @Autowired
    private QaAlerts alerts;
    @Autowired
    private IroReports reports;

    @Test
    void theReportHasTheSeedsSectionsAndCountsTheAlertsRaisedInTheYear() throws Exception {
        alerts.raise(new NewAlert(TestCouncil.AMIRA, AlertKind.GOOD_PRACTICE, true, 1, "T1", "SW001", "A good report",
                null, LocalDate.of(2025, 6, 2), null), "iro1", "Ian Reviewing Officer");
        var report = reports.build(2026);
        assertThat(report.sections()).extracting(IroReport.Section::key).containsExactlyElementsOf(IroReport.SECTION_KEYS);
        var counted = alerts.list(AlertFilter.all()).stream().filter(a -> !a.raised().isBefore(LocalDate.of(2025, 4, 1))
                && !a.raised().isAfter(LocalDate.of(2026, 3, 31))).count();
        var raised = report.sections().get(3).figures().get(0);
        assertThat(raised.value()).isEqualTo(String.valueOf(counted));
        // the targets page shows the same computation as the report
        assertThat(reports.measures(2026).get(IroServiceMeasureCatalogue.ALERTS_RAISED).numerator()).isEqualTo(counted);
        // every measure of the year is in the targets list (paged on the page, whole in its CSV)
        mvc.perform(get("/targets.csv").param("year", "2026").with(as("perf1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Quality assurance alerts raised")))
                .andExpect(content().string(containsString("Looked-after children per full-time IRO")));
        mvc.perform(get("/reports/iro").param("year", "2026").with(as("irom1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Quality assurance alerts")))
                .andExpect(content().string(containsString("Permanence at reviews")))
                .andExpect(content().string(containsString("Good quality social work report")));
        var pdf = mvc.perform(get("/reports/iro.pdf").param("year", "2026").with(as("perf1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        mvc.perform(get("/reports/iro").with(as("tm1"))).andExpect(status().isForbidden());
    }

    @Test
    void theNarrativeIsSavedAndAStaleSaveIsRefused() throws Exception {
        int version = reports.narratives(2025).containsKey("development") ? reports.narratives(2025).get("development").version() : 0;
        mvc.perform(post("/iro/report-narrative").param("year", "2025").param("section", "development")
                .param("version", String.valueOf(version)).param("text", "Move all reviews to the child's choice of venue")
                .with(as("irom1")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/iro/report-narrative").param("year", "2025").param("section", "development")
                .param("version", String.valueOf(version)).param("text", "An older draft")
                .with(as("irom1")).with(csrf())).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("text")));
        assertThat(reports.narratives(2025).get("development").text()).isEqualTo("Move all reviews to the child's choice of venue");
        mvc.perform(get("/reports/iro").param("year", "2025").with(as("irom1")))
                .andExpect(content().string(containsString("Move all reviews to the child&#39;s choice of venue")));
    }
}
