package org.ourpromise.reports.boardpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.springframework.test.context.TestPropertySource;

/** Issue 15: the narrative of each pack section, kept with the pack's period, shown in the pack; stale edits refused. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:packnarrative-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class PackNarrativeTests extends WebTestSupport {

    @Test
    void aNarrativeIsShownInItsSectionOfThatPeriodsPackOnly() throws Exception {
        var form = mvc.perform(get("/board-pack/narrative").param("period", "month=2026-10").param("section", "in-year")
                .with(as("perf1"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Board pack, October 2026", "In-year figures: the 12 months to 31 October 2026",
                "You said, we did");
        mvc.perform(post("/board-pack/narrative").param("period", "month=2026-10").param("section", "in-year")
                .param("text", "Starts fell after the edge of care service began.").param("version", "-1")
                .with(as("perf1")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/board-pack?month=2026-10"));
        var pack = mvc.perform(get("/board-pack").param("month", "2026-10").with(as("board1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pack).contains("Starts fell after the edge of care service began.");
        assertThat(pack.indexOf("Starts fell")).isGreaterThan(pack.indexOf("id=\"in-year\""))
                .isLessThan(pack.indexOf("id=\"you-said-we-did\""));
        assertThat(pack).doesNotContain("Write the narrative");
        var other = mvc.perform(get("/board-pack").param("month", "2026-09").with(as("perf1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(other).doesNotContain("Starts fell").contains("Write the narrative");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like 'board pack month=2026-10%'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void aStaleEditOrAnUnknownSectionIsRefusedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/board-pack/narrative").param("period", "quarter=2027-Q2").param("section", "headlines")
                .param("text", "First.").param("version", "-1").with(as("perf1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var stale = mvc.perform(post("/board-pack/narrative").param("period", "quarter=2027-Q2")
                .param("section", "headlines").param("text", "Second.").param("version", "-1")
                .param("versionSection", "headlines").with(as("perf1")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else saved this after you opened it");
        var unknown = mvc.perform(post("/board-pack/narrative").param("period", "quarter=2027-Q2")
                .param("section", "nowhere").param("text", "Third.").param("version", "-1").with(as("perf1")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("Error: ", "Choose a section of the pack");
        assertThat(jdbc.queryForList("select text from pack_narrative where period_code = 'quarter=2027-Q2'", String.class))
                .containsExactly("First.");
        mvc.perform(get("/board-pack/narrative").with(as("board1"))).andExpect(status().isForbidden());
    }
}
