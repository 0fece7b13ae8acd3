package org.ourpromise.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class RecordingControllerTests extends WebTestSupport {

    @Autowired
    private CareRecords records;

    private static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder b, String name, String d, String m,
            String y) {
        return b.param(name + "-day", d).param(name + "-month", m).param(name + "-year", y);
    }

    /** Saved: straight back to the record, or to the page showing what the return's rules say. */
    private static org.springframework.test.web.servlet.ResultMatcher saved() {
        return result -> {
            var view = result.getModelAndView() == null ? null : result.getModelAndView().getViewName();
            assertThat(result.getResponse().getStatus() == 302 || "record/saved".equals(view))
                    .as("saved (status %s, view %s)", result.getResponse().getStatus(), view).isTrue();
        };
    }

    @Test
    void formsShowTheYearsCodes() throws Exception {
        mvc.perform(get("/children/" + TestCouncil.AMIRA + "/record/placement-change").with(as("sw1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Registered supported accommodation (K3)")))
                .andExpect(content().string(containsString("Foster with other carer, long-term (U4)")));
    }

    @Test
    void aValidPlacementChangeEndsTheOpenEpisodeAndOpensANewOne() throws Exception {
        int before = records.load(TestCouncil.AMIRA).orElseThrow().episodes().size();
        var req = date(post("/children/" + TestCouncil.AMIRA + "/record/placement-change"), "date", "3", "11", "2026")
                .param("placement", "U4").param("provider", "PR1").param("reason", "CARPL").param("postcode", "le38ra")
                .with(as("sw1")).with(csrf());
        var result = mvc.perform(req).andExpect(saved()).andReturn();
        String said = result.getResponse().getStatus() == 302 ? result.getResponse().getRedirectedUrl().replace("%20", " ")
                : (String) result.getModelAndView().getModel().get("summary");
        assertThat(said).contains("Placement change on 03/11/2026");
        var episodes = records.load(TestCouncil.AMIRA).orElseThrow().episodes();
        assertThat(episodes).hasSize(before + 1);
        var ended = episodes.get(episodes.size() - 2);
        var opened = episodes.get(episodes.size() - 1);
        assertThat(ended.ceased()).isEqualTo(opened.started()).hasToString("2026-11-03");
        assertThat(ended.reasonCeased()).isEqualTo("X1");
        assertThat(ended.reasonPlacementChange()).isEqualTo("CARPL");
        assertThat(opened.reasonNewEpisode()).isEqualTo("P");
        assertThat(opened.legalStatus()).isEqualTo("C2");
        assertThat(opened.placementPostcode()).isEqualTo("LE3 8RA");
        assertThat(auditCount("sw1", "RECORD_EVENT")).isPositive();
    }

    @Test
    void anInvalidPlacementChangeSavesNothingAndSaysWhatIsWrong() throws Exception {
        int before = records.load(TestCouncil.AMIRA).orElseThrow().episodes().size();
        var req = date(post("/children/" + TestCouncil.AMIRA + "/record/placement-change"), "date", "31", "2", "2026")
                .param("placement", "Z1").param("provider", "PR0").param("reason", "")
                .with(as("sw1")).with(csrf());
        mvc.perform(req).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("date")))
                .andExpect(model().attribute("errors", hasKey("placement")))
                .andExpect(model().attribute("errors", hasKey("reason")))
                .andExpect(content().string(containsString("must be a real date")))
                .andExpect(content().string(containsString("There is a problem")));
        assertThat(records.load(TestCouncil.AMIRA).orElseThrow().episodes()).hasSize(before);
    }

    @Test
    void providerMustFitThePlacement() throws Exception {
        var req = date(post("/children/" + TestCouncil.AMIRA + "/record/placement-change"), "date", "4", "11", "2026")
                .param("placement", "U4").param("provider", "PR0").param("reason", "CARPL")
                .with(as("sw1")).with(csrf());
        mvc.perform(req).andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("provider")));
    }

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
    void careLeaverContactNeedsAccommodationWhenInTouch() throws Exception {
        var bad = date(post("/children/" + TestCouncil.LEAH + "/record/care-leaver-contact"), "date", "1", "11", "2026")
                .param("inTouch", "YES").param("activity", "F5").with(as("pa1")).with(csrf());
        mvc.perform(bad).andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("accommodation")));
        var good = date(post("/children/" + TestCouncil.LEAH + "/record/care-leaver-contact"), "date", "1", "11", "2026")
                .param("inTouch", "YES").param("activity", "F5").param("accommodation", "U").param("suitable", "1")
                .param("pathwayPlanReviewed", "yes").with(as("pa1")).with(csrf());
        mvc.perform(good).andExpect(saved());
        assertThat(records.load(TestCouncil.LEAH).orElseThrow().careLeaverContacts())
                .anyMatch(c -> c.accommodation().equals("U1") && c.pathwayPlanReviewed());
    }

    @Test
    void healthAssessmentIsSaved() throws Exception {
        mvc.perform(date(post("/children/" + TestCouncil.AMIRA + "/record/health-assessment"), "date", "2", "10", "2026")
                        .with(as("sw1")).with(csrf()))
                .andExpect(saved());
    }

    @Test
    void unknownFormIsNotFound() throws Exception {
        mvc.perform(get("/children/" + TestCouncil.AMIRA + "/record/nonsense").with(as("sw1")))
                .andExpect(status().isNotFound());
    }
}
