package org.ourpromise.reports.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.dataquality.DataQualitySummary;

/** The dashboard and the data-quality page open at the same year: the return being prepared (returns.ReturnYear). */
class OneDefaultYearTests extends WebTestSupport {

    @Test
    void theDashboardAndDataQualityOpenAtTheYearBeingPrepared() throws Exception {
        var dashboard = (Dashboard) mvc.perform(get("/dashboard").with(as("perf1"))).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("dashboard");
        var quality = (DataQualitySummary) mvc.perform(get("/data-quality").with(as("perf1")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("summary");
        // 22 November 2026: 2025-26's window closed on 30 June 2026, so 2026-27 is being prepared
        assertThat(dashboard.year()).isEqualTo(2027);
        assertThat(quality.year()).isEqualTo(dashboard.year());
    }
}
