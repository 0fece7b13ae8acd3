package org.ourpromise.dataquality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.casefile.FactForms;

/**
 * Issue 16: a data-quality finding says what to do and links the child's form that puts the fact right, on the
 * record and on the rule's page ("Rule 186" alone told nobody anything).
 */
// its own database: it adds records the shared test council's other classes count
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:what-to-do-tests-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class WhatToDoTests extends WebTestSupport {

    @Test
    void eachFieldLeadsToTheFormThatRecordsIt() {
        assertThat(FactForms.forFields(List.of("REVIEW_CODE")).form()).isEqualTo("review-correction");
        assertThat(FactForms.forFields(List.of("DOB", "PL_POST")).form()).isEqualTo("episode-correction");
        assertThat(FactForms.forFields(List.of("SDQ_SCORE")).form()).isEqualTo("health-assessment");
        assertThat(FactForms.forFields(List.of("ACCOM")).form()).isEqualTo("care-leaver-contact");
        assertThat(FactForms.forFields(List.of("DOB", "SEX"))).isNull();
        assertThat(FactForms.whatToDo(List.of("DOB"))).startsWith("Check the child's details (date of birth)");
        assertThat(FactForms.whatToDo(List.of("PL_POST"))).contains("placement postcode").doesNotContain("PL_POST");
    }

    @Test
    void aFindingOnTheRecordAndOnItsRulePageSaysWhatToDoAndLinksTheForm() throws Exception {
        // PN0 ("under 4 at the review") for a 14-year-old fails DfE rule 440, as in DataQualityControllerTests
        mvc.perform(post("/children/" + TestCouncil.AMIRA + "/record/review").param("date-day", "10")
                        .param("date-month", "11").param("date-year", "2026").param("participation", "PN0")
                        .with(as("iro1")).with(csrf()))
                .andExpect(status().isOk());
        String form = "/children/" + TestCouncil.AMIRA + "/record/review-correction";
        mvc.perform(get("/children/" + TestCouncil.AMIRA).with(as("iro1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What to do: Correct the review")))
                .andExpect(content().string(containsString("href=\"" + form + "\"")));
        mvc.perform(get("/data-quality/440").with(as("perf1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What to do")))
                .andExpect(content().string(containsString("how the child took part in the review")))
                .andExpect(content().string(containsString("href=\"" + form + "\"")));
    }
}
