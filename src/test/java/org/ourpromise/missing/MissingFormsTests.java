package org.ourpromise.missing;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.casefile.RecordingFormTestSupport;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.Identity;
import org.ourpromise.record.PlanEvent;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The missing forms: an episode, and the return from it with its interview. */
class MissingFormsTests extends RecordingFormTestSupport {

    @Test
    void missingEpisodeChecksItsDates() throws Exception {
        var bad = date(date(post("/children/" + TestCouncil.AMIRA + "/record/missing-episode"), "start", "10", "11", "2026"),
                "end", "9", "11", "2026").param("type", "M").with(as("sw1")).with(csrf());
        mvc.perform(bad).andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("end")));
        var good = date(date(date(post("/children/" + TestCouncil.AMIRA + "/record/missing-episode"),
                "start", "10", "11", "2026"), "end", "11", "11", "2026"), "held", "12", "11", "2026")
                .param("type", "M").with(as("sw1")).with(csrf());
        mvc.perform(good).andExpect(saved());
    }

    @Test
    void aReturnFromMissingAndItsInterviewAreAddedToTheEpisodeAlreadyRecorded() throws Exception {
        mvc.perform(date(post("/children/" + TestCouncil.AMIRA + "/record/missing-episode"), "start", "14", "11", "2026")
                .param("type", "M").with(as("sw1")).with(csrf())).andExpect(saved());
        mvc.perform(get("/children/" + TestCouncil.AMIRA + "/record/missing-return").with(as("sw1")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("not back yet")));
        // back on Friday 20 November; an interview on the 19th would be before the return
        mvc.perform(date(date(post("/children/" + TestCouncil.AMIRA + "/record/missing-return"), "end", "20", "11", "2026"),
                "held", "19", "11", "2026").param("episode", "2026-11-14").with(as("sw1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("held")));
        mvc.perform(date(date(post("/children/" + TestCouncil.AMIRA + "/record/missing-return"), "end", "20", "11", "2026"),
                "held", "21", "11", "2026").param("episode", "2026-11-14").with(as("sw1")).with(csrf()))
                .andExpect(saved());
        assertThat(records.load(TestCouncil.AMIRA).orElseThrow().missing()).filteredOn(m -> m.started()
                .equals(java.time.LocalDate.of(2026, 11, 14))).singleElement().satisfies(m -> {
                    assertThat(m.ended()).isEqualTo(java.time.LocalDate.of(2026, 11, 20));
                    assertThat(m.interviewHeld()).isEqualTo(java.time.LocalDate.of(2026, 11, 21));
                });
        mvc.perform(post("/children/" + TestCouncil.AMIRA + "/record/missing-return").param("episode", "2026-11-14")
                .with(as("sw1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("end")));
    }
}
