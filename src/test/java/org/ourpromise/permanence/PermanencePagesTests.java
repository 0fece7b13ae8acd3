package org.ourpromise.permanence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The team manager records a plan, presents the child to the panel and sees the tracker; bad input changes nothing. */
class PermanencePagesTests extends WebTestSupport {

    @Autowired
    private PermanenceStore store;

    private static MockHttpServletRequestBuilder withDate(MockHttpServletRequestBuilder req, String field, LocalDate d) {
        return req.param(field + "-day", String.valueOf(d.getDayOfMonth()))
                .param(field + "-month", String.valueOf(d.getMonthValue()))
                .param(field + "-year", String.valueOf(d.getYear()));
    }

    private int plans() {
        return store.plans(TestCouncil.AMIRA).size();
    }

    @Test
    void permanenceAchievedBeforeItWasPlannedIsRefusedAndNothingChanges() throws Exception {
        int before = plans();
        mvc.perform(withDate(withDate(post("/permanence/children/" + TestCouncil.AMIRA), "setOn",
                LocalDate.of(2025, 6, 1)), "achievedOn", LocalDate.of(2025, 5, 31)).param("planId", "new")
                .param("plan", "SPECIAL_GUARDIANSHIP").param("achievedHow", "ORDER_MADE").with(as("tm1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("permanence/child"))
                .andExpect(model().attribute("errors", hasKey("achievedOn")))
                .andExpect(content().string(containsString("<title>Error: Permanence plan")))
                .andExpect(content().string(containsString(
                        "The date permanence was achieved must be on or after the date the plan was set")));
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void aPlanNotInTheCouncilsListIsRefused() throws Exception {
        int before = plans();
        mvc.perform(withDate(post("/permanence/children/" + TestCouncil.AMIRA), "setOn", LocalDate.of(2025, 6, 1))
                .param("planId", "new").param("plan", "BOARDING_SCHOOL").with(as("tm1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("plan")));
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void aPlanIsRecordedShownOnTheTrackerAndInTheCsvAndAStaleChangeIsRefused() throws Exception {
        mvc.perform(withDate(post("/permanence/children/" + TestCouncil.AMIRA), "setOn", LocalDate.of(2024, 8, 1))
                .param("planId", "new").param("plan", "LONG_TERM_FOSTERING").with(as("tm1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var current = store.currentPlans(TestCouncil.AMIRA).get(TestCouncil.AMIRA);
        assertThat(current.option()).isEqualTo(PermanenceOption.LONG_TERM_FOSTERING);
        mvc.perform(get("/permanence").with(as("tm1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Amira Khan")))
                .andExpect(content().string(containsString("Long-term fostering")))
                // set 1 August 2024, nothing achieved by 22 November 2026: older than 12 months
                .andExpect(content().string(containsString("Plan older than 12 months, nothing achieved")));
        var csv = mvc.perform(get("/permanence.csv").param("drift", "yes").with(as("perf1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith(String.join(",", PermanenceCsv.HEADER) + "\r\n");
        assertThat(csv).contains("C1001,Amira Khan,2024-05-01,Long-term fostering,2024-08-01");

        // a change made from a page read before someone else's change is refused
        mvc.perform(withDate(withDate(post("/permanence/children/" + TestCouncil.AMIRA), "setOn",
                LocalDate.of(2024, 8, 1)), "achievedOn", LocalDate.of(2026, 1, 5)).param("planId", "current")
                .param("plan", "LONG_TERM_FOSTERING").param("achievedHow", "MATCH_RATIFIED")
                .param("version", String.valueOf(current.version() + 7)).with(as("tm1")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this after you opened it")));
        assertThat(store.currentPlans(TestCouncil.AMIRA).get(TestCouncil.AMIRA).achievedOn()).isNull();
        mvc.perform(withDate(withDate(post("/permanence/children/" + TestCouncil.AMIRA), "setOn",
                LocalDate.of(2024, 8, 1)), "achievedOn", LocalDate.of(2026, 1, 5)).param("planId", "current")
                .param("plan", "LONG_TERM_FOSTERING").param("achievedHow", "MATCH_RATIFIED")
                .param("version", String.valueOf(current.version())).with(as("tm1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(store.currentPlans(TestCouncil.AMIRA).get(TestCouncil.AMIRA).achievedOn())
                .isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void aStalePlanChangeShowsWhatIsSavedNowKeepsTheEntriesAndSavingAgainAppliesThem() throws Exception {
        mvc.perform(withDate(post("/permanence/children/" + TestCouncil.AMIRA), "setOn", LocalDate.of(2025, 3, 3))
                .param("planId", "new").param("plan", "ADOPTION").with(as("tm1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/permanence/children/" + TestCouncil.AMIRA).with(as("tm1"))).andExpect(status().isOk());
        var opened = store.currentPlans(TestCouncil.AMIRA).get(TestCouncil.AMIRA);
        // someone else corrects the date the plan was set behind the page's back
        assertThat(store.updatePlan(new PermanencePlan(opened.id(), TestCouncil.AMIRA, PermanenceOption.ADOPTION,
                LocalDate.of(2025, 3, 10), null, null, opened.version()), "tm2")).isTrue();
        var html = mvc.perform(stalePlan(opened.version())).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("plan")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("What is saved now, and what you entered", "10 March 2025", "3 March 2025",
                "2 February 2026", "name=\"version\" value=\"" + (opened.version() + 1) + "\"");
        var now = store.currentPlans(TestCouncil.AMIRA).get(TestCouncil.AMIRA);
        assertThat(now.achievedOn()).isNull();
        assertThat(now.setOn()).isEqualTo(LocalDate.of(2025, 3, 10));
        mvc.perform(stalePlan(opened.version() + 1)).andExpect(status().is3xxRedirection());
        var saved = store.currentPlans(TestCouncil.AMIRA).get(TestCouncil.AMIRA);
        assertThat(saved.setOn()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(saved.achievedOn()).isEqualTo(LocalDate.of(2026, 2, 2));
    }

    @Test
    void aStalePanelDecisionShowsWhatIsSavedNowKeepsTheEntriesAndSavingAgainAppliesThem() throws Exception {
        var arranged = mvc.perform(withDate(post("/permanence/panels"), "meetsOn", LocalDate.of(2026, 9, 16))
                .param("chair", "Deputy Director").with(as("tm1")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long panelId = Long.parseLong(arranged.substring(arranged.lastIndexOf('/') + 1));
        mvc.perform(post(arranged + "/children").param("child", TestCouncil.AMIRA).with(as("tm1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(arranged).with(as("tm1"))).andExpect(status().isOk());
        // someone else records the decision behind the page's back
        assertThat(store.decide(panelId, TestCouncil.AMIRA, PanelDecision.DEFERRED, "Needs the viability report", 0))
                .isTrue();
        var html = mvc.perform(decision(arranged, 0)).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("decision-C1001")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("What is saved now, and what you entered", "Deferred", "Needs the viability report",
                "Agreed", "value=\"Match agreed unanimously\"", "name=\"version\" value=\"1\"");
        assertThat(store.agenda(panelId).get(0).decision()).isEqualTo(PanelDecision.DEFERRED);
        mvc.perform(decision(arranged, 1)).andExpect(status().is3xxRedirection());
        var saved = store.agenda(panelId).get(0);
        assertThat(saved.decision()).isEqualTo(PanelDecision.AGREED);
        assertThat(saved.note()).isEqualTo("Match agreed unanimously");
    }

    private MockHttpServletRequestBuilder decision(String panel, int version) {
        return post(panel + "/decisions").param("child", TestCouncil.AMIRA).param("decision", "AGREED")
                .param("note", "Match agreed unanimously").param("version", String.valueOf(version)).with(as("tm1"))
                .with(csrf());
    }

    private MockHttpServletRequestBuilder stalePlan(int version) {
        return withDate(withDate(post("/permanence/children/" + TestCouncil.AMIRA), "setOn", LocalDate.of(2025, 3, 3)),
                "achievedOn", LocalDate.of(2026, 2, 2)).param("planId", "current").param("plan", "ADOPTION")
                .param("achievedHow", "ORDER_MADE").param("version", String.valueOf(version)).with(as("tm1"))
                .with(csrf());
    }

    @Test
    void aChildOutsideTheManagersTeamIsNotTheirs() throws Exception {
        mvc.perform(get("/permanence/children/" + TestCouncil.JACK).with(as("tm1"))).andExpect(status().isForbidden());
        mvc.perform(get("/permanence").with(as("tm1"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Jack Smith"))));
    }

    @Test
    void thePanelMeetsDecidesAndCountsIt() throws Exception {
        var arranged = mvc.perform(withDate(post("/permanence/panels"), "meetsOn", LocalDate.of(2026, 10, 14))
                .param("chair", "Head of Service").with(as("tm1")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(arranged + "/children").param("child", TestCouncil.AMIRA).with(as("tm1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(arranged + "/children").param("child", TestCouncil.JACK).with(as("tm1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("child")));
        mvc.perform(post(arranged + "/decisions").param("child", TestCouncil.AMIRA).param("decision", "MAYBE")
                .param("version", "0").with(as("tm1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("decision-C1001")));
        mvc.perform(post(arranged + "/decisions").param("child", TestCouncil.AMIRA).param("decision", "AGREED")
                .param("version", "0").with(as("tm1")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/permanence/children/" + TestCouncil.AMIRA).with(as("tm1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Head of Service")))
                .andExpect(content().string(containsString("Agreed")));
        var figures = (PermanenceTracking.PanelFigures) mvc.perform(get("/permanence/panels").param("year", "2027")
                .with(as("perf1"))).andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("figures");
        assertThat(figures.agreed()).isGreaterThanOrEqualTo(1);
        assertThat(figures.from()).isEqualTo(LocalDate.of(2026, 4, 1));
        // a meeting still to come takes an agenda but no decisions
        var later = mvc.perform(withDate(post("/permanence/panels"), "meetsOn", LocalDate.of(2026, 12, 9))
                .param("chair", "Head of Service").with(as("tm1")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(later + "/children").param("child", TestCouncil.AMIRA).with(as("tm1")).with(csrf()));
        mvc.perform(post(later + "/decisions").param("child", TestCouncil.AMIRA).param("decision", "AGREED")
                .param("version", "0").with(as("tm1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("decision-C1001")));
    }
}
