package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
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
import org.springframework.test.context.TestPropertySource;

/**
 * A result entered by hand (test council, 22 November 2026): a KS4 result for 2025/26 is saved and shown; KS1
 * after 2022/23, Progress 8 for 2025/26, a score over 90 and 9-5 without 9-4 are refused and nothing is saved.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:attainmentform-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class AttainmentFormTests extends WebTestSupport {

    private static final String FORM = "/education/children/" + TestCouncil.JACK + "/attainment/new";

    private int results() {
        return jdbc.queryForObject("select count(*) from attainment where child_id = ?", Integer.class, TestCouncil.JACK);
    }

    @Test
    void aResultIsSavedAndShown() throws Exception {
        mvc.perform(post(FORM).param("schoolYear", "2025").param("keyStage", "KS4").param("attainment8", "34.5")
                .param("englishMaths94", "Y").param("englishMaths95", "N").with(as("vsh1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(FORM).with(as("vsh1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Attainment 8: 34.5, grade 9 to 4 in English and maths")));
        assertThat(auditCount("vsh1", "RECORD_EVENT")).isPositive();
    }

    @Test
    void resultsTheDfeDoesNotPublishAreRefused() throws Exception {
        int before = results();
        mvc.perform(post(FORM).param("schoolYear", "2023").param("keyStage", "KS1").param("expectedRwm", "Y")
                .with(as("vsh1")).with(csrf())).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("keyStage")))
                .andExpect(content().string(containsString("<title>Error: Results")));
        mvc.perform(post(FORM).param("schoolYear", "2025").param("keyStage", "KS4").param("attainment8", "91")
                .param("progress8", "0.5").param("englishMaths94", "N").param("englishMaths95", "Y")
                .with(as("vsh1")).with(csrf()))
                .andExpect(model().attribute("errors", hasKey("attainment8")))
                .andExpect(model().attribute("errors", hasEntry("progress8",
                        "No Progress 8 is published for 2025 to 2026: leave it blank")))
                .andExpect(model().attribute("errors", hasKey("englishMaths95")));
        assertThat(results()).isEqualTo(before);
    }
}
