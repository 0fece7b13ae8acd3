package org.ourpromise.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.timescales.Complaint;
import org.springframework.beans.factory.annotation.Autowired;

/** A complaint's outcome by stage, its themes, learning and the Ombudsman; and the annual report's figures. */
// its own database: it adds records the shared test council's other classes count
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:complaint-outcome-pages-tests-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ComplaintOutcomePagesTests extends WebTestSupport {

    @Autowired
    ComplaintRegister register;
    @Autowired
    ComplaintOutcomes outcomes;

    /** Received 10 June 2025 (in 2025-26), answered at stage 1 on 20 June 2025, never taken further. */
    private String answeredAtStageOne() {
        var reference = register.add(TestCouncil.JACK, LocalDate.of(2025, 6, 10), "Pocket money late", LoggedComplaint.MadeBy.CHILD, "co1");
        register.update(new Complaint(reference, TestCouncil.JACK, LocalDate.of(2025, 6, 10), false,
                LocalDate.of(2025, 6, 20), null, false, null, null, null, null, null), "Pocket money late",
                LoggedComplaint.MadeBy.CHILD, "co1");
        return reference;
    }

    private long theme(String label) {
        return outcomes.themes().stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow().id();
    }

    @Test
    void theOutcomeThemesAndLearningAreSavedAndCountedInTheAnnualReport() throws Exception {
        var reference = answeredAtStageOne();
        long money = theme("Money, allowances and entitlements");
        mvc.perform(post("/complaints/" + reference + "/outcome").with(as("co1")).with(csrf()).param("version", "0")
                .param("stage1Outcome", "PARTLY_UPHELD").param("themes", String.valueOf(money))
                .param("learning", "Pay allowances on the day agreed").param("actionTaken", "Payment run moved"))
                .andExpect(status().is3xxRedirection());
        var saved = outcomes.of(reference);
        assertThat(saved.stage1()).isEqualTo(ComplaintOutcome.Finding.PARTLY_UPHELD);
        assertThat(saved.themes()).containsExactly(money);
        assertThat(saved.learning()).isEqualTo("Pay allowances on the day agreed");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where child_id = ? and detail = ?", Long.class,
                TestCouncil.JACK, "recorded the outcome of complaint " + reference + ": partly upheld")).isEqualTo(1);
        mvc.perform(get("/reports/annual").param("year", "2026").with(as("perf1"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Complaints received in the year, by theme")))
                .andExpect(content().string(Matchers.containsString("Money, allowances and entitlements")))
                .andExpect(content().string(Matchers.containsString("Partly upheld")));
    }

    @Test
    void anOutcomeForAStageNotReachedOrAFindingWithoutADateIsRefusedAndNothingSaved() throws Exception {
        var reference = answeredAtStageOne();
        mvc.perform(post("/complaints/" + reference + "/outcome").with(as("co1")).with(csrf()).param("version", "0")
                .param("stage1Outcome", "UPHELD").param("stage2Outcome", "UPHELD").param("themes", "999999")
                .param("ombudsmanFinding", "NO_FAULT").param("learning", "x".repeat(1001)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("errors", Matchers.allOf(
                        Matchers.hasEntry("stage2Outcome", "The complaint did not reach stage 2: leave its outcome blank"),
                        Matchers.hasEntry("themes", "Select themes from the council's list"),
                        Matchers.hasEntry("ombudsmanReferred", "Enter the date it went to the Ombudsman"),
                        Matchers.hasKey("learning"))))
                .andExpect(content().string(Matchers.containsString("<title>Error: ")));
        assertThat(outcomes.of(reference).stage1()).isNull();
    }

    @Test
    void aSaveFromAStalePageIsRefused() throws Exception {
        var reference = answeredAtStageOne();
        mvc.perform(post("/complaints/" + reference + "/outcome").with(as("co1")).with(csrf()).param("version", "0")
                .param("stage1Outcome", "NOT_UPHELD")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/complaints/" + reference + "/outcome").with(as("co1")).with(csrf()).param("version", "0")
                .param("stage1Outcome", "UPHELD"))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", Matchers.hasKey("version")));
        assertThat(outcomes.of(reference).stage1()).isEqualTo(ComplaintOutcome.Finding.NOT_UPHELD);
        mvc.perform(get("/complaints/" + reference + "/outcome").with(as("co1"))).andExpect(status().isOk());
    }

    @Test
    void administratorsKeepTheListOfThemes() throws Exception {
        mvc.perform(post("/admin/complaint-themes").with(as("admin1")).with(csrf()).param("label", " "))
                .andExpect(status().isOk()).andExpect(model().attribute("error", "Enter the theme"));
        mvc.perform(post("/admin/complaint-themes").with(as("admin1")).with(csrf()).param("label", "Sar: transport to school"))
                .andExpect(status().is3xxRedirection());
        long id = theme("Sar: transport to school");
        // retiring asks first, and changes nothing until confirmed
        mvc.perform(post("/admin/complaint-themes/" + id + "/retire").with(as("admin1")).with(csrf()).param("version", "0"))
                .andExpect(status().isOk()).andExpect(view().name("confirm"));
        assertThat(outcomes.themes().stream().filter(t -> t.id() == id).findFirst().orElseThrow().retired()).isFalse();
        mvc.perform(post("/admin/complaint-themes/" + id + "/retire").with(as("admin1")).with(csrf()).param("version", "7")
                        .param("confirmed", "yes"))
                .andExpect(status().isOk()).andExpect(model().attribute("error", Matchers.startsWith("Someone else changed")));
        mvc.perform(post("/admin/complaint-themes/" + id + "/retire").with(as("admin1")).with(csrf()).param("version", "0")
                        .param("confirmed", "yes"))
                .andExpect(status().is3xxRedirection());
        assertThat(outcomes.themes().stream().filter(t -> t.id() == id).findFirst().orElseThrow().retired()).isTrue();
        mvc.perform(get("/admin/complaint-themes").with(as("co1"))).andExpect(status().isForbidden());
    }

    @Test
    void anOutcomeForAStageNotReachedShowsThatStagesQuestionWithNothingChosenAndTheLongTextHasACount() throws Exception {
        var reference = answeredAtStageOne();
        var html = mvc.perform(post("/complaints/" + reference + "/outcome").with(as("co1")).with(csrf())
                .param("version", "0").param("stage2Outcome", "UPHELD")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // the summary's link leads to the question, which a page opened before the stage was taken off still had
        assertThat(html).contains("href=\"#stage2Outcome\"", "id=\"stage2Outcome\"")
                .doesNotContain("value=\"UPHELD\" checked");
        assertThat(html).contains("govuk-character-count", "data-maxlength=\"1000\"");
    }
}
