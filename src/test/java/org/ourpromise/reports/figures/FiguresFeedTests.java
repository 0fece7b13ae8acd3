package org.ourpromise.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;

/** Issue 15: the read-only data feed gives the CSV's rows as JSON, to those who see aggregate figures, audited. */
class FiguresFeedTests extends WebTestSupport {

    @Test
    void aBoardMemberReadsTheFeedAndTheReadIsAudited() throws Exception {
        long before = auditCount("board1", "VIEW_REPORT");
        var json = mvc.perform(get("/reports/figures.json").param("output", "board-pack").param("year", "2026")
                        .with(as("board1")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.output").value("board-pack"))
                .andExpect(jsonPath("$.columns[0]").value("measure key"))
                .andExpect(jsonPath("$.rows[0].key").value("cla.at_31_march"))
                .andReturn().getResponse().getContentAsString();
        assertThat(auditCount("board1", "VIEW_REPORT")).isEqualTo(before + 1);
        // aggregate figures only: no child's identifier in the feed
        assertThat(json).doesNotContain(TestCouncil.AMIRA).doesNotContain(TestCouncil.JACK);
    }

    @Test
    void anUnknownOutputIsRefusedAndASocialWorkerMayNotRead() throws Exception {
        mvc.perform(get("/reports/figures.json").param("output", "children").with(as("perf1")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/reports/figures.json").with(as("sw1"))).andExpect(status().isForbidden());
    }
}
