package org.ourpromise.leavers;

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

/** The care leaver contact form. */
class CareLeaverContactFormTests extends RecordingFormTestSupport {

    @Test
    void careLeaverContactNeedsAccommodationWhenInTouch() throws Exception {
        var bad = date(post("/children/" + TestCouncil.LEAH + "/record/care-leaver-contact"), "date", "1", "11", "2026")
                .param("inTouch", "YES").param("activity", "F5").with(as("pa1")).with(csrf());
        mvc.perform(bad).andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("accommodation")))
                .andExpect(model().attribute("errors", hasKey("method")));
        var good = date(post("/children/" + TestCouncil.LEAH + "/record/care-leaver-contact"), "date", "1", "11", "2026")
                .param("inTouch", "YES").param("method", "VIDEO").param("activity", "F5").param("accommodation", "U")
                .param("suitable", "1").param("pathwayPlanReviewed", "yes").with(as("pa1")).with(csrf());
        mvc.perform(good).andExpect(saved());
        assertThat(records.load(TestCouncil.LEAH).orElseThrow().careLeaverContacts())
                .anyMatch(c -> c.accommodation().equals("U1") && c.pathwayPlanReviewed());
        assertThat(jdbc.queryForList("select method from care_leaver_contact where child_id = ? and contact_date = ?",
                String.class, TestCouncil.LEAH, java.time.LocalDate.of(2026, 11, 1))).containsExactly("VIDEO");
    }
}
