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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** The IRO completes Amira's review of 28 May 2024: how it was held, the decisions and the actions agreed. */
class ReviewPagesTests extends WebTestSupport {

    private static final String PAGE = "/iro/reviews/" + TestCouncil.AMIRA + "/2024-05-28";

    @Autowired
    private ReviewOutcomes outcomes;

    @Test
    void theOutcomeIsSavedOnceAndAStaleSaveIsRefused() throws Exception {
        mvc.perform(post(PAGE).param("version", "0").with(as("iro1")).with(csrf())).andExpect(status().isOk())
                .andExpect(view().name("iro/review")).andExpect(model().attribute("errors", hasKey("heldHow")))
                .andExpect(model().attribute("errors", hasKey("decisions")));
        int version = outcomes.outcome(TestCouncil.AMIRA, LocalDate.of(2024, 5, 28)).map(ReviewOutcome::version).orElse(0);
        mvc.perform(post(PAGE).param("version", String.valueOf(version)).param("heldHow", "MIX").param("chaired", "CO_CHAIRED")
                .param("attended", "Amira, foster carer, social worker").param("decisions", "Stay with current carers")
                .with(as("iro1")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(outcomes.outcome(TestCouncil.AMIRA, LocalDate.of(2024, 5, 28)).orElseThrow().chaired())
                .isEqualTo(ReviewOutcome.ChildChaired.CO_CHAIRED);
        mvc.perform(post(PAGE).param("version", String.valueOf(version)).param("heldHow", "IN_PERSON").param("chaired", "NO")
                .param("attended", "Amira").param("decisions", "An older draft").with(as("sw1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Someone else saved")))
                .andExpect(content().string(containsString("What is saved now, and what you entered")))
                .andExpect(content().string(containsString("Stay with current carers")))
                .andExpect(content().string(containsString(">An older draft</textarea>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + (version + 1) + "\"")));
        assertThat(outcomes.outcome(TestCouncil.AMIRA, LocalDate.of(2024, 5, 28)).orElseThrow().decisions())
                .isEqualTo("Stay with current carers");
        // saved again at the version shown: the edit applies
        mvc.perform(post(PAGE).param("version", String.valueOf(version + 1)).param("heldHow", "IN_PERSON")
                .param("chaired", "NO").param("attended", "Amira").param("decisions", "An older draft").with(as("sw1"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(outcomes.outcome(TestCouncil.AMIRA, LocalDate.of(2024, 5, 28)).orElseThrow().decisions())
                .isEqualTo("An older draft");
        mvc.perform(get("/iro/reviews/" + TestCouncil.AMIRA + "/2024-05-29").with(as("iro1"))).andExpect(status().isNotFound());
        mvc.perform(get("/iro/reviews/" + TestCouncil.JACK + "/2024-05-28").with(as("iro1"))).andExpect(status().isForbidden());
    }

    @Test
    void anActionNeedsAnOwnerShowsOnTheOwnersWorklistAndIsKeptWhenDoneLate() throws Exception {
        int before = outcomes.actions(TestCouncil.AMIRA, LocalDate.of(2024, 5, 28)).size();
        mvc.perform(post(PAGE + "/actions").param("action", "Start life story work").param("due-day", "1")
                .param("due-month", "7").param("due-year", "2024").with(as("iro1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("ownerWorker")))
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Enter who owns the action")));
        assertThat(outcomes.actions(TestCouncil.AMIRA, LocalDate.of(2024, 5, 28))).hasSize(before);
        mvc.perform(post(PAGE + "/actions").param("action", "Start life story work").param("ownerWorker", "SW001")
                .param("due-day", "1").param("due-month", "7").param("due-year", "2024").with(as("iro1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var action = outcomes.actions(TestCouncil.AMIRA, LocalDate.of(2024, 5, 28)).stream()
                .filter(a -> a.status() == ReviewAction.Status.OPEN && a.action().equals("Start life story work"))
                .findFirst().orElseThrow();
        // on the owner's worklist with its deadline
        mvc.perform(get("/worklist").with(as("sw1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Review action: Start life story work")))
                .andExpect(content().string(containsString("1 Jul 2024")));
        mvc.perform(post(PAGE + "/actions/" + action.id()).param("change", "done").param("version", String.valueOf(action.version()))
                .with(as("sw1")).with(csrf())).andExpect(status().is3xxRedirection());
        var done = outcomes.actions(TestCouncil.AMIRA, LocalDate.of(2024, 5, 28)).stream().filter(a -> a.id() == action.id())
                .findFirst().orElseThrow();
        // due 1 July 2024, done today (22 November 2026): done late, and kept
        assertThat(done.status()).isEqualTo(ReviewAction.Status.LATE);
        assertThat(done.statusOn()).isEqualTo(TestCouncil.TODAY);
        mvc.perform(post(PAGE + "/actions/" + action.id()).param("change", "drop").param("confirmed", "yes").param("version", String.valueOf(action.version()))
                .with(as("sw1")).with(csrf())).andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("actions")));
        // closed: off the worklist, still on the review's page
        mvc.perform(get("/worklist").with(as("sw1"))).andExpect(content().string(
                org.hamcrest.Matchers.not(containsString("Review action: Start life story work"))));
        mvc.perform(get(PAGE).with(as("sw1"))).andExpect(content().string(containsString("Start life story work")))
                .andExpect(content().string(containsString("Done late")));
    }

    @Test
    void actionsDoneInTimeAndDroppedAreKeptWithTheirStatus() throws Exception {
        var review = LocalDate.of(2024, 5, 28);
        long done = outcomes.addAction(TestCouncil.AMIRA, review, "Book the health assessment", null, "Social worker",
                TestCouncil.TODAY.plusDays(10), "iro1");
        long dropped = outcomes.addAction(TestCouncil.AMIRA, review, "Arrange a music tutor", "SW001", null,
                TestCouncil.TODAY.plusDays(3), "iro1");
        mvc.perform(post(PAGE + "/actions/" + done).param("change", "done").param("version", "0").with(as("sw1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(PAGE + "/actions/" + dropped).param("change", "drop").param("confirmed", "yes").param("version", "0").with(as("sw1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var kept = outcomes.actions(TestCouncil.AMIRA, review);
        assertThat(kept).filteredOn(a -> a.id() == done).extracting(ReviewAction::status).containsExactly(ReviewAction.Status.DONE);
        assertThat(kept).filteredOn(a -> a.id() == dropped).extracting(ReviewAction::status)
                .containsExactly(ReviewAction.Status.DROPPED);
        assertThat(kept).filteredOn(a -> a.id() == dropped).extracting(ReviewAction::statusOn).containsExactly(TestCouncil.TODAY);
    }

    @Test
    void recordingAReviewGoesOnToWhatItDecided() throws Exception {
        try {
            var result = mvc.perform(post("/children/" + TestCouncil.AMIRA + "/record/review").param("date-day", "19")
                    .param("date-month", "11").param("date-year", "2026").param("participation", "PN1")
                    .with(as("iro1")).with(csrf())).andReturn();
            var saved = result.getResponse();
            String url = "/iro/reviews/" + TestCouncil.AMIRA + "/2026-11-19";
            if (saved.getStatus() == 200) {
                // saved, and DfE's rules had something to say about the record: the page says so and leads on
                assertThat(saved.getContentAsString()).doesNotContain("There is a problem")
                        .contains("Record what the review decided").contains("href=\"" + url + "\"");
            } else {
                assertThat(saved.getRedirectedUrl()).isEqualTo(url);
                // the banner's text travels as a flash attribute, not in the address
                assertThat(result.getFlashMap().get("success")).asString().startsWith("Review on 19 November 2026 recorded");
            }
            var open = get(url).with(as("iro1"));
            if (!result.getFlashMap().isEmpty()) {
                open = open.flashAttrs(result.getFlashMap());
            }
            mvc.perform(open).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Attended and spoke for themselves")))
                    .andExpect(content().string(containsString("How the child wanted the review held")))
                    .andExpect(content().string(containsString("Actions agreed")));
        } finally {
            jdbc.update("delete from review where child_id = ? and held_on = date '2026-11-19'", TestCouncil.AMIRA);
        }
    }
}
