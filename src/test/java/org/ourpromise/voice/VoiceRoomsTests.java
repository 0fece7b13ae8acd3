package org.ourpromise.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Consultations, awards, advocacy and independent visitors: their pages, forms and refusals of bad input. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:voicerooms-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class VoiceRoomsTests extends WebTestSupport {

    @Autowired
    private Consultations consultations;

    @Autowired
    private Awards awards;

    @Autowired
    private Advocacy advocacy;

    @Autowired
    private Visitors visitors;

    private long survey;

    @BeforeEach
    void records() {
        var existing = consultations.all();
        if (!existing.isEmpty()) {
            survey = existing.get(0).id();
            return;
        }
        Map<String, List<String>> questions = new LinkedHashMap<>();
        questions.put("Do you feel safe where you live?", List.of("Always", "Not often"));
        survey = consultations.add("Voice test survey", "Children in care", LocalDate.of(2026, 9, 1), null, questions);
        long q = consultations.questionIds(survey).get(0);
        consultations.addResponse(Map.of(q, "Always"));
        consultations.addResponse(Map.of(q, "Always"));
        consultations.addResponse(Map.of(q, "Not often"));
    }

    @Test
    void resultsAreChartsOfAnonymousAnswersAndAnyResultCanBeRaised() throws Exception {
        mvc.perform(get("/voice/consultations/" + survey).with(as("part1")).param("raise",
                String.valueOf(consultations.questionIds(survey).get(0)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("3 answers")))
                // the result in a sentence, ready for the ledger: 2 of the 3 chose "Always"
                .andExpect(model().attribute("values", hasEntry("said", "Do you feel safe where you live? 2 of 3 said: Always.")));
        long answers = jdbc.queryForObject("select count(*) from voice_answer", Long.class);
        mvc.perform(post("/voice/consultations/" + survey + "/responses").with(as("part1")).with(csrf())
                .param("q" + consultations.questionIds(survey).get(0), "Sometimes")).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("q" + consultations.questionIds(survey).get(0))));
        mvc.perform(post("/voice/consultations/" + survey + "/responses").with(as("part1")).with(csrf()))
                .andExpect(model().attribute("errors", hasKey("response")));
        assertThat(jdbc.queryForObject("select count(*) from voice_answer", Long.class)).isEqualTo(answers);
        mvc.perform(post("/voice/consultations/" + survey + "/raise").with(as("part1")).with(csrf())
                .param("said", "Most feel safe; some do not").param("owner", "NOBODY"))
                .andExpect(model().attribute("errors", hasEntry("owner", "Select the member of staff who owns it")));
    }

    @Test
    void aConsultationNeedsQuestionsWithAnswers() throws Exception {
        mvc.perform(post("/voice/consultations").with(as("part1")).with(csrf()).param("title", "Bad")
                .param("asked", "Everyone").param("openedOn-day", "1").param("openedOn-month", "9")
                .param("openedOn-year", "2026").param("questions", "Do you like pizza?\nWhat about chips? | Yes | No"))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasEntry("questions",
                        "Line 1: write the question, then at least two answers, each after a | (for example: Do you "
                                + "feel safe? | Yes | No)")));
        mvc.perform(post("/voice/consultations").with(as("part1")).with(csrf()).param("title", "Food survey")
                .param("asked", "Everyone").param("openedOn-day", "1").param("openedOn-month", "9")
                .param("openedOn-year", "2026").param("questions", "Do you like pizza? | Yes | No"))
                .andExpect(status().is3xxRedirection());
        assertThat(consultations.all()).anyMatch(c -> c.title().equals("Food survey"));
    }

    @Test
    void aNominationGivesALetterOfCongratulation() throws Exception {
        mvc.perform(post("/voice/awards").with(as("part1")).with(csrf()).param("child", TestCouncil.AMIRA)
                .param("forWhat", "Helping younger children settle in").param("nominatedBy", "Jo Fox (foster carer)")
                .param("nominatedOn-day", "1").param("nominatedOn-month", "11").param("nominatedOn-year", "2026")
                .param("eventName", "Celebrating Success")).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasEntry("eventOn", "Enter the date of the event")));
        mvc.perform(post("/voice/awards").with(as("part1")).with(csrf()).param("child", TestCouncil.AMIRA)
                .param("forWhat", "Helping younger children settle in").param("nominatedBy", "Jo Fox (foster carer)")
                .param("nominatedOn-day", "1").param("nominatedOn-month", "11").param("nominatedOn-year", "2026")
                .param("eventName", "Celebrating Success").param("eventOn-day", "12").param("eventOn-month", "12")
                .param("eventOn-year", "2026")).andExpect(redirectedUrl("/voice/awards"));
        var award = awards.all().stream().filter(a -> a.childId().equals(TestCouncil.AMIRA)).findFirst().orElseThrow();
        mvc.perform(get("/voice/awards/" + award.id() + "/letter").with(as("part1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dear Amira,")))
                .andExpect(content().string(containsString("Saturday 12 December 2026")))
                .andExpect(content().string(containsString("Pia Participation")));
        // a stale save of whether they came changes nothing
        mvc.perform(post("/voice/awards/" + award.id()).with(as("part1")).with(csrf()).param("attended", "yes")
                .param("version", String.valueOf(award.version() + 1))).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("attended-" + award.id())));
        assertThat(awards.find(award.id()).orElseThrow().attended()).isFalse();
    }

    @Test
    void anAdvocacyRequestMayOnlyLinkTheYoungPersonsOwnComplaint() throws Exception {
        mvc.perform(post("/voice/advocacy").with(as("part1")).with(csrf()).param("child", TestCouncil.AMIRA)
                .param("requestedBy", "YOUNG_PERSON").param("requestedOn-day", "2").param("requestedOn-month", "11")
                .param("requestedOn-year", "2026").param("forWhat", "Help to make a complaint")
                .param("complaint", "CP2026-9999")).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasEntry("complaint",
                        "There is no complaint with the reference CP2026-9999")));
        mvc.perform(post("/voice/advocacy").with(as("part1")).with(csrf()).param("child", TestCouncil.AMIRA)
                .param("requestedBy", "IRO").param("requestedOn-day", "2").param("requestedOn-month", "11")
                .param("requestedOn-year", "2026").param("forWhat", "To speak for her at the review")
                .param("reviewOn-day", "3").param("reviewOn-month", "12").param("reviewOn-year", "2026"))
                .andExpect(redirectedUrl("/voice/advocacy"));
        var request = advocacy.all().stream().filter(r -> r.childId().equals(TestCouncil.AMIRA)).findFirst().orElseThrow();
        assertThat(request.reviewOn()).isEqualTo(LocalDate.of(2026, 12, 3));
        mvc.perform(post("/voice/advocacy/" + request.id()).with(as("part1")).with(csrf()).param("advocate", "Kit Lee")
                .param("allocatedOn-day", "1").param("allocatedOn-month", "11").param("allocatedOn-year", "2026")
                .param("version", String.valueOf(request.version()))).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasEntry("advocate-" + request.id(),
                        "The advocate cannot be allocated before the request was made")));
        mvc.perform(post("/voice/advocacy/" + request.id()).with(as("part1")).with(csrf()).param("advocate", "Kit Lee")
                .param("allocatedOn-day", "4").param("allocatedOn-month", "11").param("allocatedOn-year", "2026")
                .param("version", String.valueOf(request.version()))).andExpect(redirectedUrl("/voice/advocacy"));
        assertThat(advocacy.find(request.id()).orElseThrow().advocate()).isEqualTo("Kit Lee");
    }

    @Test
    void aChildOfferedAVisitorWaitsUntilOneIsAppointed() throws Exception {
        long volunteer = visitors.addVolunteer("Rosa Owen");
        mvc.perform(post("/voice/independent-visitors").with(as("part1")).with(csrf()).param("child", TestCouncil.JACK)
                .param("consideredOn-day", "1").param("consideredOn-month", "6").param("consideredOn-year", "2026")
                .param("declined", "yes")).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("offeredOn")));
        mvc.perform(post("/voice/independent-visitors").with(as("part1")).with(csrf()).param("child", TestCouncil.JACK)
                .param("consideredOn-day", "1").param("consideredOn-month", "6").param("consideredOn-year", "2026")
                .param("offeredOn-day", "2").param("offeredOn-month", "6").param("offeredOn-year", "2026"))
                .andExpect(redirectedUrl("/voice/independent-visitors"));
        // 2 June to 22 November 2026: 28 + 31 + 31 + 30 + 31 + 22 = 173 days
        mvc.perform(get("/voice/independent-visitors").with(as("part1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("173 days waiting")));
        var need = visitors.all().stream().filter(n -> n.childId().equals(TestCouncil.JACK)).findFirst().orElseThrow();
        mvc.perform(post("/voice/independent-visitors/" + need.id()).with(as("part1")).with(csrf())
                .param("visitor", String.valueOf(volunteer)).param("appointedOn-day", "1")
                .param("appointedOn-month", "9").param("appointedOn-year", "2026")
                .param("version", String.valueOf(need.version()))).andExpect(redirectedUrl("/voice/independent-visitors"));
        assertThat(visitors.find(need.id()).orElseThrow().waiting()).isFalse();
    }
}
