package org.ourpromise.education;

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

/** The personal education plan form. */
class PepFormTests extends RecordingFormTestSupport {

    @Test
    void aPepMeetingIsSavedOnlyWhileInCareAndOfAge() throws Exception {
        mvc.perform(date(post("/children/" + TestCouncil.AMIRA + "/record/pep"), "date", "5", "11", "2026")
                .with(as("sw1")).with(csrf())).andExpect(saved());
        assertThat(records.load(TestCouncil.AMIRA).orElseThrow().education()).contains(new org.ourpromise.record.EducationEvent(
                org.ourpromise.record.EducationEvent.Kind.PEP_MEETING, java.time.LocalDate.of(2026, 11, 5), null));
        mvc.perform(date(post("/children/" + TestCouncil.AMIRA + "/record/pep"), "date", "1", "1", "2020")
                .with(as("sw1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("not in care on that date")));
    }
}
