package org.ourpromise.risk;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.record.MissingEpisode;
import org.springframework.beans.factory.annotation.Autowired;

/** The manager records a risk assessment and sees the child on the list and in the CSV; a level not in the list is refused. */
class RiskPagesTests extends WebTestSupport {

    @Autowired
    private RiskRegister register;

    private int assessments() {
        return register.assessments(TestCouncil.AMIRA).getOrDefault(TestCouncil.AMIRA, List.of()).size();
    }

    @Test
    void aRiskLevelNotInTheListIsRefusedAndNothingChanges() throws Exception {
        int before = assessments();
        mvc.perform(post("/risk/children/" + TestCouncil.AMIRA).param("kind", "CSE").param("level", "SEVERE")
                .param("assessedOn-day", "1").param("assessedOn-month", "11").param("assessedOn-year", "2026")
                .param("assessedBy", "Tara, team manager").with(as("tm1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("risk/child"))
                .andExpect(model().attribute("errors", hasKey("level")))
                .andExpect(content().string(containsString("<title>Error: Risk: Amira Khan")))
                .andExpect(content().string(containsString("Select the level of risk: none, low, medium or high")));
        assertThat(assessments()).isEqualTo(before);
    }

    @Test
    void aHighRiskChildIsListedFirstAndInTheCsv() throws Exception {
        mvc.perform(post("/risk/children/" + TestCouncil.AMIRA).param("kind", "CCE").param("level", "HIGH")
                .param("assessedOn-day", "2").param("assessedOn-month", "11").param("assessedOn-year", "2026")
                .param("assessedBy", "Exploitation hub").param("referredTo", "PANEL").with(as("tm1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/risk").with(as("tm1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Amira Khan")));
        var csv = mvc.perform(get("/risk.csv").with(as("tm1"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(csv).startsWith("Child ID,Name,CSE risk,").contains("C1001,Amira Khan,");
        assertThat(csv).contains("High,2026-11-02");
    }

    /** Three episodes in 90 days: the window is the 90 days ending on the day (24 August to 21 November 2026). */
    @ParameterizedTest(name = "episodes starting {0}, {1}, {2}: repeat {3}")
    @CsvSource({
        "2026-08-24, 2026-10-01, 2026-11-21, true",
        "2026-08-23, 2026-10-01, 2026-11-21, false",
        "2026-08-24, 2026-10-01, 2026-11-22, false"})
    void repeatMissingCountsTheWindowEndingOnTheDay(LocalDate a, LocalDate b, LocalDate c, boolean repeat) {
        var episodes = List.of(a, b, c).stream().map(d -> new MissingEpisode("M", d, d.plusDays(1), null, null, false))
                .toList();
        assertThat(new RepeatMissing(3, 90).meets(episodes, LocalDate.of(2026, 11, 21))).isEqualTo(repeat);
    }
}
