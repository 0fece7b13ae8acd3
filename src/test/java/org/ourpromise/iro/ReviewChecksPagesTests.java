package org.ourpromise.iro;

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
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** The IRO's midway check of Amira's review actions, and the checklist before her next review. */
class ReviewChecksPagesTests extends WebTestSupport {

    private static final LocalDate REVIEW = LocalDate.of(2024, 5, 28);

    @Autowired
    private ReviewOutcomes outcomes;
    @Autowired
    private ReviewChecks checks;
    @Autowired
    private QaAlerts alerts;

    @Test
    void everyActionMustBeCheckedAndTheCheckIsKept() throws Exception {
        long action = outcomes.addAction(TestCouncil.AMIRA, REVIEW, "Arrange family time", "SW001", null,
                LocalDate.of(2024, 7, 1), "iro1");
        String page = "/iro/reviews/" + TestCouncil.AMIRA + "/" + REVIEW + "/midway";
        mvc.perform(get(page).with(as("iro1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Arrange family time")))
                .andExpect(content().string(containsString("/iro/alerts/new?child=" + TestCouncil.AMIRA)));
        int before = checks.midwayChecks(TestCouncil.AMIRA).size();
        mvc.perform(post(page).param("drift", "no").with(as("iro1")).with(csrf())).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("action-" + action)));
        assertThat(checks.midwayChecks(TestCouncil.AMIRA)).hasSize(before);
        var form = post(page).param("drift", "yes").param("note", "Court date moved").with(as("iro1")).with(csrf());
        for (var a : outcomes.actions(TestCouncil.AMIRA, REVIEW)) {
            form.param("action-" + a.id(), a.id() == action ? "no" : "yes");
        }
        mvc.perform(form).andExpect(status().is3xxRedirection());
        var check = checks.midwayChecks(TestCouncil.AMIRA).get(0);
        assertThat(check.onTrack()).containsEntry(action, false);
        assertThat(check.drift()).isTrue();
        assertThat(check.allOnTrack()).isFalse();
        mvc.perform(get(page).with(as("sw1"))).andExpect(status().isForbidden());
    }

    @Test
    void aStandardNotMetNeedsAnAlertOrAReason() throws Exception {
        long alert = alerts.raise(new NewAlert(TestCouncil.AMIRA, AlertKind.CONCERN, true, 6, "T1", "SW001",
                "No PEP this term", "Hold the PEP", LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 30)), "iro1", "Ian");
        String page = "/iro/children/" + TestCouncil.AMIRA + "/prep";
        var standards = alerts.settings().prepStandards();
        var missingReason = post(page).with(as("iro1")).with(csrf());
        for (int i = 0; i < standards.size(); i++) {
            missingReason.param("met-" + i, i == 0 ? "no" : "yes");
        }
        int before = checks.prepChecks(TestCouncil.AMIRA).size();
        mvc.perform(missingReason).andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("reason-0")));
        assertThat(checks.prepChecks(TestCouncil.AMIRA)).hasSize(before);
        var good = post(page).param("alert-0", String.valueOf(alert)).param("reason-1", "Assessment booked for next week")
                .with(as("iro1")).with(csrf());
        for (int i = 0; i < standards.size(); i++) {
            good.param("met-" + i, i < 2 ? "no" : "yes");
        }
        mvc.perform(good).andExpect(status().is3xxRedirection());
        var items = checks.prepChecks(TestCouncil.AMIRA).get(0).items();
        assertThat(items).hasSize(standards.size());
        assertThat(items.get(0).alertId()).isEqualTo(alert);
        assertThat(items.get(1).reason()).isEqualTo("Assessment booked for next week");
        mvc.perform(get(page).with(as("iro1"))).andExpect(content().string(containsString("Assessment booked for next week")));
    }
}
