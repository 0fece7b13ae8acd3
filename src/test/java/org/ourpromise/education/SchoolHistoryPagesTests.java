package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
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

/**
 * A child's school history through the forms: a school not on the list is added with it, bad facts are refused
 * with GOV.UK errors and change nothing, a stale save is refused, and the Virtual School sees every child while
 * a social worker sees only their own.
 */
class SchoolHistoryPagesTests extends WebTestSupport {

    @Autowired
    private SchoolHistory history;

    private static MockHttpServletRequestBuilder withDate(MockHttpServletRequestBuilder req, String field, LocalDate d) {
        return req.param(field + "-day", String.valueOf(d.getDayOfMonth()))
                .param(field + "-month", String.valueOf(d.getMonthValue()))
                .param(field + "-year", String.valueOf(d.getYear()));
    }

    private int placements(String child) {
        return history.placements(child).getOrDefault(child, java.util.List.of()).size();
    }

    @Test
    void theVirtualSchoolAddsASchoolNotYetOnTheListAndTheChildsPageShowsIt() throws Exception {
        int before = placements(TestCouncil.JACK);
        mvc.perform(withDate(post("/education/children/" + TestCouncil.JACK + "/schools/new"), "started",
                LocalDate.of(2025, 9, 3)).param("urn", "654321").param("schoolName", "Northfield Academy")
                .param("phase", "Secondary").param("localAuthority", "Nottingham").param("yearGroup", "11")
                .param("sen", "EHCP").param("version", "0").with(as("vsh1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(placements(TestCouncil.JACK)).isEqualTo(before + 1);
        mvc.perform(get("/education/children/" + TestCouncil.JACK).with(as("vsh1"))).andExpect(status().isOk())
                .andExpect(view().name("education/child"))
                .andExpect(content().string(containsString("Northfield Academy")))
                .andExpect(content().string(containsString("(out of county)")))
                .andExpect(content().string(containsString("Education, health and care plan")))
                // started in Year 11 in September 2025; a year later, on 22 November 2026, Year 12
                .andExpect(content().string(containsString("Year 12")));
        assertThat(auditCount("vsh1", "VIEW_RECORD")).isPositive();
    }

    @Test
    void impossibleFactsAreRefusedWithAnErrorPerFieldAndNothingIsSaved() throws Exception {
        int before = placements(TestCouncil.AMIRA);
        mvc.perform(withDate(withDate(post("/education/children/" + TestCouncil.AMIRA + "/schools/new"), "started",
                LocalDate.of(2011, 9, 1)), "ended", LocalDate.of(2010, 9, 1)).param("urn", "12AB")
                .param("yearGroup", "Year 15").param("sen", "EHCP").param("assessment", "yes").with(as("sw1"))
                .with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("education/school"))
                .andExpect(model().attribute("errors", hasKey("urn")))
                .andExpect(model().attribute("errors", hasEntry("started",
                        "The date the child started at the school must be after their date of birth")))
                .andExpect(model().attribute("errors", hasKey("ended")))
                .andExpect(model().attribute("errors", hasKey("yearGroup")))
                .andExpect(model().attribute("errors", hasKey("assessment")))
                .andExpect(content().string(containsString("<title>Error: Add a school")));
        mvc.perform(withDate(post("/education/children/" + TestCouncil.AMIRA + "/schools/new"), "started",
                LocalDate.of(2026, 11, 23)).param("urn", "123456").param("yearGroup", "9").param("sen", "NONE")
                .with(as("sw1")).with(csrf()))
                .andExpect(model().attribute("errors", hasEntry("started",
                        "The date the child started at the school must be today or in the past")))
                .andExpect(model().attribute("errors", hasKey("schoolName")));
        assertThat(placements(TestCouncil.AMIRA)).isEqualTo(before);
    }

    @Test
    void aSaveFromAnOlderVersionIsRefusedAndTheStoredOneKept() throws Exception {
        mvc.perform(withDate(post("/education/children/" + TestCouncil.AMIRA + "/schools/new"), "started",
                LocalDate.of(2024, 9, 4)).param("urn", "777001").param("schoolName", "Hill Top Primary")
                .param("phase", "Primary").param("localAuthority", "Demoshire").param("yearGroup", "6")
                .param("sen", "SEN_SUPPORT").with(as("sw1")).with(csrf())).andExpect(status().is3xxRedirection());
        var saved = history.placements(TestCouncil.AMIRA).get(TestCouncil.AMIRA).stream()
                .filter(p -> p.urn().equals("777001")).findFirst().orElseThrow();
        var url = "/education/children/" + TestCouncil.AMIRA + "/schools/" + saved.id();
        mvc.perform(withDate(withDate(post(url), "started", saved.started()), "ended", LocalDate.of(2025, 7, 22))
                .param("urn", "777001").param("yearGroup", "6").param("sen", "SEN_SUPPORT")
                .param("version", String.valueOf(saved.version())).with(as("sw1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // a second form opened before that save still carries the old version
        mvc.perform(withDate(post(url), "started", saved.started()).param("urn", "777001").param("yearGroup", "5")
                .param("sen", "NONE").param("version", String.valueOf(saved.version())).with(as("sw1")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasEntry(org.hamcrest.Matchers.is("urn"),
                        startsWith("Someone else changed this"))));
        var stored = history.placement(TestCouncil.AMIRA, saved.id()).orElseThrow();
        assertThat(stored.ended()).isEqualTo(LocalDate.of(2025, 7, 22));
        assertThat(stored.yearGroup()).isEqualTo("6");
        assertThat(stored.version()).isEqualTo(saved.version() + 1);
    }

    @Test
    void notInEducationIsRecordedWithItsReasonAndShownAsAWarning() throws Exception {
        mvc.perform(withDate(post("/education/children/" + TestCouncil.AMIRA + "/not-in-education/new"), "since",
                LocalDate.of(2026, 10, 1)).param("reason", "AWAITING_PLACE").with(as("vsh1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/education/children/" + TestCouncil.AMIRA).with(as("sw1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Not in education since")))
                .andExpect(content().string(containsString("Waiting for a school place")));
        mvc.perform(withDate(post("/education/children/" + TestCouncil.AMIRA + "/not-in-education/new"), "since",
                LocalDate.of(2013, 1, 1)).with(as("vsh1")).with(csrf()))
                .andExpect(model().attribute("errors", hasEntry("since",
                        "A child is not missing education before their fourth birthday")))
                .andExpect(model().attribute("errors", hasKey("reason")));
    }

    @Test
    void aSocialWorkerCannotOpenAnotherTeamsChildButTheVirtualSchoolCan() throws Exception {
        mvc.perform(get("/education/children/" + TestCouncil.JACK).with(as("sw1"))).andExpect(status().isForbidden());
        mvc.perform(get("/education/children/" + TestCouncil.JACK).with(as("vsh1"))).andExpect(status().isOk());
        mvc.perform(get("/education/children/" + TestCouncil.JACK).with(as("nurse1"))).andExpect(status().isForbidden());
    }
}
