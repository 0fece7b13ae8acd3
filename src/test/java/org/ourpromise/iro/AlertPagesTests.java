package org.ourpromise.iro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
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
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.access.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An IRO raises alerts on Amira (social worker SW001 in team T1, IRO iro1); the social worker and team manager
 * answer; the IRO accepts or escalates; the IRO manager sees them all. Today is Sunday 22 November 2026.
 */
class AlertPagesTests extends WebTestSupport {

    @Autowired
    private QaAlerts alerts;
    @Autowired
    private AuditLog audit;

    private static MockHttpServletRequestBuilder withDate(MockHttpServletRequestBuilder req, String field, LocalDate d) {
        return req.param(field + "-day", String.valueOf(d.getDayOfMonth()))
                .param(field + "-month", String.valueOf(d.getMonthValue()))
                .param(field + "-year", String.valueOf(d.getYear()));
    }

    private MockHttpServletRequestBuilder concern(LocalDate raised) {
        return concern(raised, "5");
    }

    private MockHttpServletRequestBuilder concern(LocalDate raised, String category) {
        return withDate(post("/iro/alerts/new"), "raised", raised).param("child", TestCouncil.AMIRA)
                .param("kind", "CONCERN").param("category", category).param("team", "T1").param("worker", "SW001")
                .param("seen", "The care plan has not been updated since the last review")
                .param("asked", "Update the care plan within two weeks").with(as("iro1")).with(csrf());
    }

    private long raise(MockHttpServletRequestBuilder request) throws Exception {
        var url = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring("/iro/alerts/".length()));
    }

    private int version(long id) {
        return alerts.find(id).orElseThrow().version();
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from qa_alert", Long.class)
                + jdbc.queryForObject("select count(*) from qa_alert_step", Long.class);
    }

    @Test
    void aConcernRaisedBeforeChristmasIsDueTenWorkingDaysLaterAndClosesWhenTheIroAcceptsTheAnswer() throws Exception {
        // Wednesday 17 December 2025 + 10 working days, skipping Christmas Day, Boxing Day and New Year's Day
        long id = raise(concern(LocalDate.of(2025, 12, 17)));
        var alert = alerts.find(id).orElseThrow();
        assertThat(alert.responseDue()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(alert.status()).isEqualTo(AlertStatus.AWAITING_RESPONSE);
        assertThat(alert.isResponseOverdue(TestCouncil.TODAY)).isTrue();

        mvc.perform(get("/iro/alerts/addressed").with(as("sw1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/iro/alerts/" + id)));
        mvc.perform(post("/iro/alerts/" + id + "/respond").param("version", String.valueOf(version(id)))
                .param("response", "Care plan updated on Friday").with(as("sw1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(alerts.find(id).orElseThrow().status()).isEqualTo(AlertStatus.RESPONDED);
        mvc.perform(post("/iro/alerts/" + id + "/accept").param("version", String.valueOf(version(id)))
                .with(as("iro1")).with(csrf())).andExpect(status().is3xxRedirection());
        var closed = alerts.find(id).orElseThrow();
        assertThat(closed.status()).isEqualTo(AlertStatus.CLOSED);
        assertThat(closed.closed()).isEqualTo(TestCouncil.TODAY);
        assertThat(closed.steps()).extracting(QaAlert.Step::step).containsExactly("Raised", "Response", "Accepted and closed");

        mvc.perform(get("/iro/alerts/" + id).with(as("tm1"))).andExpect(status().isOk()).andExpect(view().name("iro/alert"))
                .andExpect(content().string(containsString("Care plan updated on Friday")));
        assertThat(audit.search(new AuditLog.Query("iro1", TestCouncil.AMIRA, null, null, null), 50))
                .extracting(AuditLog.Entry::detail)
                .contains("accepted and closed quality assurance alert " + id);
        assertThat(audit.search(new AuditLog.Query("sw1", TestCouncil.AMIRA, null, null, null), 50))
                .extracting(AuditLog.Entry::detail).contains("responded to quality assurance alert " + id);
    }

    @Test
    void aSecondResponseOnTheSameVersionIsRefusedShowingWhatIsSavedAndSavingAgainAppliesIt() throws Exception {
        long id = raise(concern(LocalDate.of(2026, 11, 20)));
        int seen = version(id);
        mvc.perform(post("/iro/alerts/" + id + "/respond").param("version", String.valueOf(seen))
                .param("response", "First answer").with(as("sw1")).with(csrf())).andExpect(status().is3xxRedirection());
        long before = count();
        mvc.perform(post("/iro/alerts/" + id + "/respond").param("version", String.valueOf(seen))
                .param("response", "Second answer from a stale page").with(as("tm1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("iro/alert"))
                .andExpect(model().attribute("errors", hasKey("alert")))
                .andExpect(content().string(containsString("Someone else saved this after you opened it")))
                .andExpect(content().string(containsString("What is saved now, and what you entered")))
                .andExpect(content().string(containsString("First answer")))
                .andExpect(content().string(containsString(">Second answer from a stale page</textarea>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version(id) + "\"")));
        assertThat(count()).isEqualTo(before);
        // saved again at the version shown: the second answer is recorded
        mvc.perform(post("/iro/alerts/" + id + "/respond").param("version", String.valueOf(version(id)))
                .param("response", "Second answer from a stale page").with(as("tm1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(alerts.find(id).orElseThrow().steps()).extracting(QaAlert.Step::detail)
                .contains("First answer", "Second answer from a stale page");
    }

    @Test
    void badInputIsRefusedWithAnErrorForEachFieldAndNothingIsSaved() throws Exception {
        long before = count();
        mvc.perform(withDate(withDate(post("/iro/alerts/new"), "raised", LocalDate.of(2026, 11, 20)), "responseDue",
                LocalDate.of(2026, 11, 19)).param("child", TestCouncil.AMIRA).param("kind", "CONCERN")
                .param("team", "T1").param("seen", "Drift").param("asked", "Act").with(as("iro1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("iro/new"))
                .andExpect(model().attribute("errors", hasKey("category")))
                .andExpect(model().attribute("errors", hasKey("responseDue")))
                .andExpect(content().string(containsString("<title>Error: Raise a quality assurance alert")))
                .andExpect(content().string(containsString("must be on or after the date the alert was raised")));
        // a good practice category on a concern, and a child the IRO does not review
        mvc.perform(concern(LocalDate.of(2026, 11, 20), "1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("is a category for good practice")));
        mvc.perform(withDate(post("/iro/alerts/new"), "raised", LocalDate.of(2026, 11, 20)).param("child", TestCouncil.JACK)
                .param("kind", "GOOD_PRACTICE").param("category", "1").param("team", "T2").param("seen", "Good report")
                .with(as("iro1")).with(csrf())).andExpect(model().attribute("errors", hasKey("child")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aConcernEscalatedStraightToPreChallengeIsDueFiveWorkingDaysLaterAndAClosedAlertCannotBeEscalated() throws Exception {
        long id = raise(concern(LocalDate.of(2026, 11, 2)));
        mvc.perform(post("/iro/alerts/" + id + "/escalate").param("version", String.valueOf(version(id)))
                .param("stage", "PRE_CHALLENGE").param("owner", "Safeguarding managers").param("reason", "No answer")
                .with(as("iro1")).with(csrf())).andExpect(status().is3xxRedirection());
        var escalated = alerts.find(id).orElseThrow();
        assertThat(escalated.status()).isEqualTo(AlertStatus.ESCALATED);
        // Sunday 22 November 2026 + 5 working days = Friday 27 November
        assertThat(escalated.currentStage().orElseThrow().due()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(escalated.stagesAvailable()).containsExactly(EscalationStage.CHALLENGE);
        // going back down the ladder is refused
        mvc.perform(post("/iro/alerts/" + id + "/escalate").param("version", String.valueOf(version(id)))
                .param("stage", "STAGE_1").param("owner", "Team manager").with(as("iro1")).with(csrf()))
                .andExpect(model().attribute("errors", hasKey("stage")));
        mvc.perform(post("/iro/alerts/" + id + "/stage").param("version", String.valueOf(version(id)))
                .param("outcome", "RESOLVED").param("stageResponse", "Plan agreed at the meeting")
                .with(as("irom1")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(alerts.find(id).orElseThrow().status()).isEqualTo(AlertStatus.CLOSED);
        long before = count();
        mvc.perform(post("/iro/alerts/" + id + "/escalate").param("version", String.valueOf(version(id)))
                .param("stage", "CHALLENGE").param("owner", "Assistant Director").with(as("iro1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("alert")))
                .andExpect(content().string(containsString("a closed alert cannot be escalated")))
                .andExpect(content().string(containsString("govuk-error-summary")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theFormalProcessIsTimedInWorkingDaysAndShownWhenOverTwenty() {
        long id = alerts.raise(new NewAlert(TestCouncil.AMIRA, AlertKind.CONCERN, true, 6, "T1", "SW001", "Visits late",
                "Visit", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15)), "iro1", "Ian Reviewing Officer");
        // informal from 1 October, formal stage 1 from Thursday 15 October 2026: to 22 November is 26 working days
        alerts.escalate(id, version(id), EscalationStage.INFORMAL, "Team manager", null, LocalDate.of(2026, 10, 1), "iro1");
        alerts.escalate(id, version(id), EscalationStage.STAGE_1, "Team manager", null, LocalDate.of(2026, 10, 15), "iro1");
        var alert = alerts.find(id).orElseThrow();
        assertThat(alert.formalWorkingDays()).isEqualTo(26);
        assertThat(alert.isOverFormalLimit()).isTrue();
        assertThat(alert.stages()).extracting(QaAlert.Stage::outcome).containsExactly(StageOutcome.ESCALATED, null);
    }

    @Test
    void goodPracticeIsDeliveredToTheWorkerAndTeamAndTheListsShowWhatEachMaySee() throws Exception {
        long good = raise(withDate(post("/iro/alerts/new"), "raised", LocalDate.of(2026, 11, 20))
                .param("child", TestCouncil.AMIRA).param("kind", "GOOD_PRACTICE").param("category", "1")
                .param("team", "T1").param("worker", "SW001").param("seen", "An excellent report written to Amira")
                .with(as("iro1")).with(csrf()));
        assertThat(alerts.find(good).orElseThrow().status()).isEqualTo(AlertStatus.DELIVERED);
        long jacks = alerts.raise(new NewAlert(TestCouncil.JACK, AlertKind.CONCERN, false, 9, "T2", "SW002",
                "Cultural needs not in the plan", "Add them", LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 30)),
                "irom1", "Imogen IRO Manager");
        mvc.perform(get("/iro/alerts/addressed").with(as("sw1")))
                .andExpect(content().string(containsString("/iro/alerts/" + good + "\"")));
        mvc.perform(get("/iro/alerts").param("status", "all").with(as("tm1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/iro/alerts/" + good + "\"")))
                .andExpect(content().string(not(containsString("/iro/alerts/" + jacks + "\""))));
        mvc.perform(get("/iro/alerts").param("status", "all").param("category", "9").with(as("irom1")))
                .andExpect(content().string(containsString("/iro/alerts/" + jacks + "\"")))
                .andExpect(content().string(containsString("(informal)")))
                .andExpect(content().string(not(containsString("/iro/alerts/" + good + "\""))));
        // Jack is not Amira's social worker's child: sw1 may not open it
        mvc.perform(get("/iro/alerts/" + jacks).with(as("sw1"))).andExpect(status().isForbidden());
        var shown = (List<?>) mvc.perform(get("/iro/alerts").param("status", "all").param("kind", "GOOD_PRACTICE")
                .with(as("irom1"))).andReturn().getModelAndView().getModel().get("alerts");
        assertThat(shown).allSatisfy(a -> assertThat(((QaAlert) a).kind()).isEqualTo(AlertKind.GOOD_PRACTICE));
    }

    @Test
    void aCafcassReferralIsRecordedWithItsDateAndOutcomeAndTheListFiltersByCategoryAndIro() throws Exception {
        long id = raise(concern(LocalDate.of(2026, 11, 2)));
        long before = count();
        // a referral dated before the alert was raised is refused and nothing changes
        mvc.perform(withDate(post("/iro/alerts/" + id + "/cafcass"), "referred", LocalDate.of(2026, 11, 1))
                .param("version", String.valueOf(version(id))).with(as("iro1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("referred")))
                .andExpect(content().string(containsString("govuk-error-summary")));
        assertThat(count()).isEqualTo(before);
        assertThat(alerts.find(id).orElseThrow().cafcassReferred()).isNull();
        // at any point: here before the team has even answered
        mvc.perform(withDate(post("/iro/alerts/" + id + "/cafcass"), "referred", LocalDate.of(2026, 11, 20))
                .param("version", String.valueOf(version(id))).param("cafcassOutcome", "Cafcass spoke to the guardian")
                .with(as("iro1")).with(csrf())).andExpect(status().is3xxRedirection());
        var referred = alerts.find(id).orElseThrow();
        assertThat(referred.cafcassReferred()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(referred.cafcassOutcome()).isEqualTo("Cafcass spoke to the guardian");
        String link = "href=\"/iro/alerts/" + id + "\"";
        mvc.perform(get("/iro/alerts").param("category", "5").param("iro", "iro1").with(as("irom1")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(link)));
        mvc.perform(get("/iro/alerts").param("category", "4").with(as("irom1")))
                .andExpect(content().string(not(containsString(link))));
        mvc.perform(get("/iro/alerts").param("iro", "someone.else").with(as("irom1")))
                .andExpect(content().string(not(containsString(link))));
        assertThat(alerts.categories()).extracting(AlertCategory::name).anyMatch(n -> n.startsWith("Equality and diversity"));
    }
}
