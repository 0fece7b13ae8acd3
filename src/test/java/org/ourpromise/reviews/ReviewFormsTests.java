package org.ourpromise.reviews;

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

/** The review forms: a review held, and its decisions and record sent. */
class ReviewFormsTests extends RecordingFormTestSupport {

    @Test
    void aFutureReviewIsRefusedAndAPastOneSaved() throws Exception {
        mvc.perform(date(post("/children/" + TestCouncil.AMIRA + "/record/review"), "date", "23", "11", "2026")
                        .param("participation", "PN1").with(as("iro1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("today or in the past")));
        mvc.perform(date(post("/children/" + TestCouncil.AMIRA + "/record/review"), "date", "20", "11", "2026")
                        .param("participation", "PN6").with(as("iro1")).with(csrf()))
                .andExpect(saved());
        assertThat(records.load(TestCouncil.AMIRA).orElseThrow().reviews())
                .anyMatch(r -> r.date().toString().equals("2026-11-20") && r.participation().equals("PN6"));
    }

    @Test
    void theDecisionsAndRecordOfAReviewAreRecordedOnceEach() throws Exception {
        // Amira's review of 28 May 2024 (TestCouncil) has neither
        mvc.perform(date(post("/children/" + TestCouncil.AMIRA + "/record/review-sent"), "decisions", "27", "5", "2024")
                .param("review", "2024-05-28").with(as("iro1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("cannot be sent before the review")));
        mvc.perform(date(post("/children/" + TestCouncil.AMIRA + "/record/review-sent"), "decisions", "4", "6", "2024")
                .param("review", "2024-05-28").with(as("iro1")).with(csrf())).andExpect(saved());
        assertThat(records.load(TestCouncil.AMIRA).orElseThrow().reviews()).filteredOn(r -> r.date()
                .equals(java.time.LocalDate.of(2024, 5, 28))).singleElement().satisfies(r -> {
                    assertThat(r.decisionsIssued()).isEqualTo(java.time.LocalDate.of(2024, 6, 4));
                    assertThat(r.recordIssued()).isNull();
                });
        mvc.perform(date(post("/children/" + TestCouncil.AMIRA + "/record/review-sent"), "decisions", "5", "6", "2024")
                .param("review", "2024-05-28").with(as("iro1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("already recorded as sent on 04/06/2024")));
        mvc.perform(post("/children/" + TestCouncil.AMIRA + "/record/review-sent").param("review", "2001-01-01")
                .with(as("iro1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("review")));
    }
}
