package org.ourpromise.health;

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

/** The health form: assessments, referrals, dental checks and SDQ scores. */
class HealthFormTests extends RecordingFormTestSupport {

    @Test
    void healthAssessmentIsSaved() throws Exception {
        mvc.perform(date(post("/children/" + TestCouncil.AMIRA + "/record/health-assessment"), "date", "2", "10", "2026")
                        .param("assessment", "RHA").with(as("sw1")).with(csrf()))
                .andExpect(saved());
    }

    @Test
    void healthChecksAndQuestionnaireScoresAreSaved() throws Exception {
        mvc.perform(date(post("/children/" + TestCouncil.AMIRA + "/record/health-assessment"), "date", "9", "11", "2026")
                .param("kind", "SDQ_SCORE").param("score", "17").with(as("sw1")).with(csrf())).andExpect(saved());
        assertThat(records.load(TestCouncil.AMIRA).orElseThrow().health()).contains(new org.ourpromise.record.HealthEvent(
                org.ourpromise.record.HealthEvent.Kind.SDQ_SCORE, java.time.LocalDate.of(2026, 11, 9), "17", false));
        for (var score : new String[] {"", "41", "x"}) {
            mvc.perform(date(post("/children/" + TestCouncil.AMIRA + "/record/health-assessment"), "date", "9", "11", "2026")
                    .param("kind", "SDQ_SCORE").param("score", score).with(as("sw1")).with(csrf()))
                    .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("score")));
        }
        mvc.perform(date(post("/children/" + TestCouncil.AMIRA + "/record/health-assessment"), "date", "9", "11", "2026")
                .param("kind", "DENTAL_CHECK").param("score", "3").with(as("sw1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("score")));
        mvc.perform(get("/children/" + TestCouncil.AMIRA + "/record/health-assessment").param("kind", "DENTAL_CHECK")
                .with(as("sw1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"DENTAL_CHECK\" aria-describedby=\"kind-3-hint\" checked=\"checked\"")));
        mvc.perform(get("/children/" + TestCouncil.AMIRA + "/record/health-assessment").with(as("sw1")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"HEALTH_ASSESSMENT\" aria-describedby=\"kind-1-hint\" checked=\"checked\"")));
    }
}
