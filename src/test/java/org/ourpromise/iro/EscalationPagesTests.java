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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** The IRO manager's escalations page, a Challenge meeting's agenda and the record of its decisions. */
class EscalationPagesTests extends WebTestSupport {

    @Autowired
    private QaAlerts alerts;
    @Autowired
    private IroMeetings meetings;

    private long atChallenge(String child, String team) {
        long id = alerts.raise(new NewAlert(child, AlertKind.CONCERN, true, 7, team, null, "Placement unsuitable",
                "Find a suitable placement", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 15)), "iro1", "Ian Reviewing Officer");
        alerts.escalate(id, alerts.find(id).orElseThrow().version(), EscalationStage.CHALLENGE, "Assistant Director", null,
                LocalDate.of(2026, 11, 2), "iro1");
        return id;
    }

    @Test
    void theChallengeAgendaListsTheCasesAtThatStageAndTheDecisionsAreRecordedOnEachAlert() throws Exception {
        long amira = atChallenge(TestCouncil.AMIRA, "T1");
        long jack = atChallenge(TestCouncil.JACK, "T2");
        mvc.perform(get("/iro/escalations").param("team", "T2").param("stage", "CHALLENGE").with(as("irom1")))
                .andExpect(status().isOk()).andExpect(view().name("iro/escalations"))
                .andExpect(content().string(containsString("/iro/alerts/" + jack + "\"")))
                .andExpect(model().attribute("alerts", org.hamcrest.Matchers.hasSize(
                        (int) alerts.list(AlertFilter.all().withTeam("T2")).stream()
                                .filter(a -> a.isOpen() && a.currentStage().map(s -> s.stage() == EscalationStage.CHALLENGE).orElse(false))
                                .count())));
        mvc.perform(get("/iro/meetings/challenge").with(as("irom1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Amira Khan")))
                .andExpect(content().string(containsString("Jack Smith")));
        int before = meetings.meetings().size();
        // no date and no decision: refused, nothing recorded
        mvc.perform(post("/iro/meetings/challenge").with(as("irom1")).with(csrf())).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("held")))
                .andExpect(model().attribute("errors", hasKey("decision")));
        assertThat(meetings.meetings()).hasSize(before);
        mvc.perform(post("/iro/meetings/challenge").param("held-day", "20").param("held-month", "11").param("held-year", "2026")
                .param("decision-" + amira, "ADM to approve the placement search budget").with(as("irom1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var meeting = meetings.meetings().get(0);
        assertThat(meeting.kind()).isEqualTo(EscalationStage.CHALLENGE);
        assertThat(meeting.decisions()).containsEntry(amira, "ADM to approve the placement search budget");
        assertThat(alerts.find(amira).orElseThrow().steps()).extracting(QaAlert.Step::step)
                .contains("Challenge meeting decision");
        mvc.perform(get("/iro/meetings/other").with(as("irom1"))).andExpect(status().isNotFound());
        mvc.perform(get("/iro/escalations").with(as("iro1"))).andExpect(status().isForbidden());
        assertThat(List.of(amira, jack)).doesNotHaveDuplicates();
    }
}
