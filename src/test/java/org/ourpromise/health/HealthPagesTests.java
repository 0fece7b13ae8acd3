package org.ourpromise.health;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;

/**
 * The nurse's page on the test council (22 November 2026): Jack, looked after since 6 January 2025 with no health
 * assessment, has his initial health assessment out of date; the nurse sees it, and nobody else's role opens the
 * page; the nurse opens no child record.
 */
class HealthPagesTests extends WebTestSupport {

    @Test
    void theNurseSeesAnOutOfDateHealthAssessment() throws Exception {
        mvc.perform(get("/health").with(as("nurse1"))).andExpect(status().isOk())
                .andExpect(view().name("health/worklist"))
                .andExpect(content().string(containsString("Jack Smith (C1002)")))
                .andExpect(content().string(containsString("Initial health assessment before the first review")));
    }

    @Test
    void onlyTheNurseOpensItAndTheNurseOpensNoRecord() throws Exception {
        for (var user : List.of("sw1", "perf1", "vsh1", "board1")) {
            mvc.perform(get("/health").with(as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/children/C1002").with(as("nurse1"))).andExpect(status().isForbidden());
        mvc.perform(get("/education/children/C1002").with(as("nurse1"))).andExpect(status().isForbidden());
    }
}
