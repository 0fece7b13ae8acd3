package org.ourpromise.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.staff.StaffMember;
import org.ourpromise.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The participation pages: the ledger with and without names, its forms, the worklist, the groups. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:voicetests-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class VoicePagesTests extends WebTestSupport {

    @Autowired
    private StaffDirectory staff;

    @Autowired
    private Groups groups;

    @Autowired
    private LedgerStore ledger;

    private long amirasItem;
    private long group;

    @BeforeEach
    void participation() {
        if (staff.find("SW001").isEmpty()) {
            staff.addAll(List.of(new StaffMember("SW001", "Sam Social Worker", StaffRole.SOCIAL_WORKER, "T1", null,
                    false, BigDecimal.ONE, LocalDate.of(2020, 1, 6), null, 0)));
            group = groups.addGroup("Voice test council", Groups.Kind.CHILDREN_IN_CARE_COUNCIL, "monthly");
            amirasItem = ledger.add(new Said(0, LocalDate.of(2026, 6, 1), Said.Source.YOUNG_PERSON, null, null,
                    TestCouncil.AMIRA, "", "I want to see my file", "SW001", "", null, null, null, Said.Status.OPEN, 0),
                    "part1", LocalDateTime.of(2026, 6, 1, 9, 0));
        } else {
            group = groups.all().get(0).id();
            amirasItem = ledger.all().stream().filter(s -> TestCouncil.AMIRA.equals(s.childId())).findFirst()
                    .orElseThrow().id();
        }
    }

    @Test
    void theParticipationOfficerSeesWhoRaisedEachPointAndTheShowingIsAudited() throws Exception {
        long before = auditCount("part1", "VIEW_RECORD");
        mvc.perform(get("/voice/you-said-we-did").with(as("part1"))).andExpect(status().isOk())
                .andExpect(view().name("voice/ledger"))
                .andExpect(content().string(containsString("Amira Khan")))
                .andExpect(content().string(containsString("Sam Social Worker")))
                .andExpect(content().string(containsString("/voice/you-said-we-did/" + amirasItem)));
        assertThat(auditCount("part1", "VIEW_RECORD")).isEqualTo(before + 1);
    }

    @Test
    void theBoardSeesTheLedgerWithNoChildNamed() throws Exception {
        mvc.perform(get("/voice/you-said-we-did").with(as("board1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("I want to see my file")))
                .andExpect(content().string(containsString("A young person")))
                .andExpect(content().string(not(containsString("Amira"))))
                .andExpect(content().string(not(containsString("Khan"))))
                .andExpect(content().string(not(containsString("/voice/you-said-we-did/" + amirasItem))))
                .andExpect(content().string(not(containsString(TestCouncil.AMIRA))))
                .andExpect(content().string(not(containsString("href=\"/voice/consultations\""))));
        mvc.perform(get("/voice/you-said-we-did/" + amirasItem).with(as("board1"))).andExpect(status().isForbidden());
    }

    @Test
    void aNewPointWithBadInputSaysWhatIsWrongAndAddsNothing() throws Exception {
        int before = ledger.all().size();
        mvc.perform(post("/voice/you-said-we-did/new").with(as("part1")).with(csrf()).param("source", "YOUNG_PERSON")
                .param("child", "NOBODY").param("said", "x".repeat(1001)).param("raisedOn-day", "31")
                .param("raisedOn-month", "2").param("raisedOn-year", "2026")).andExpect(status().isOk())
                .andExpect(view().name("voice/new-item"))
                .andExpect(content().string(containsString("Error: Add a point")))
                .andExpect(model().attribute("errors", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.hasEntry("child", "There is no child with the ID NOBODY"),
                        org.hamcrest.Matchers.hasEntry("said", "The what the young people said must be 1000 characters or fewer"),
                        org.hamcrest.Matchers.hasKey("raisedOn"), org.hamcrest.Matchers.hasKey("owner"))));
        assertThat(ledger.all()).hasSize(before);
    }

    @Test
    void aNewPointFromAGroupGoesOnItsOwnersWorklist() throws Exception {
        mvc.perform(post("/voice/you-said-we-did/new").with(as("part1")).with(csrf()).param("source", "GROUP")
                .param("group", String.valueOf(group)).param("said", "More say in where we live")
                .param("owner", "SW001").param("raisedOn-day", "2").param("raisedOn-month", "11")
                .param("raisedOn-year", "2026")).andExpect(redirectedUrl("/voice/you-said-we-did"));
        mvc.perform(get("/worklist").with(as("sw1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("More say in where we live")))
                .andExpect(content().string(containsString("I want to see my file")));
        mvc.perform(get("/worklist").with(as("sw2"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("More say in where we live"))));
        mvc.perform(get("/voice/you-said-we-did/" + amirasItem).with(as("sw2"))).andExpect(status().isForbidden());
    }

    @Test
    void anAnswerNeedsTheDayTheYoungPeopleWereToldAndAStaleSaveChangesNothing() throws Exception {
        var saved = ledger.find(amirasItem).orElseThrow();
        mvc.perform(post("/voice/you-said-we-did/" + amirasItem).with(as("sw1")).with(csrf()).param("owner", "SW001")
                .param("response", "We will help you").param("status", "CHANGED")
                .param("version", String.valueOf(saved.version()))).andExpect(status().isOk())
                .andExpect(model().attribute("errors", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.hasKey("toldBackOn"), org.hamcrest.Matchers.hasKey("changed"))));
        mvc.perform(post("/voice/you-said-we-did/" + amirasItem).with(as("sw1")).with(csrf()).param("owner", "SW001")
                .param("response", "We will help you").param("status", "OPEN")
                .param("version", String.valueOf(saved.version() + 7))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this")));
        assertThat(ledger.find(amirasItem).orElseThrow()).isEqualTo(saved);
    }

    @Test
    void aMemberJoinsOnlyByConsent() throws Exception {
        mvc.perform(post("/voice/groups/" + group + "/members").with(as("part1")).with(csrf())
                .param("child", TestCouncil.JACK).param("consentOn-day", "1").param("consentOn-month", "10")
                .param("consentOn-year", "2026")).andExpect(status().isOk())
                .andExpect(model().attribute("errors", org.hamcrest.Matchers.hasKey("consent")));
        assertThat(groups.members(group)).noneMatch(m -> m.childId().equals(TestCouncil.JACK));
        mvc.perform(post("/voice/groups/" + group + "/members").with(as("part1")).with(csrf())
                .param("child", TestCouncil.JACK).param("consentOn-day", "1").param("consentOn-month", "10")
                .param("consentOn-year", "2026").param("consent", "yes"))
                .andExpect(redirectedUrl("/voice/groups/" + group));
        assertThat(groups.members(group)).anyMatch(m -> m.childId().equals(TestCouncil.JACK)
                && m.consentOn().equals(LocalDate.of(2026, 10, 1)) && m.consentTakenBy().equals("Pia Participation"));
    }
}
