package org.ourpromise.health;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.casefile.RecordingFormTestSupport;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.record.HealthEvent;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Correcting and withdrawing a health event: versioned, the earlier version kept and shown, audited (0125). */
// its own database: it adds children the shared test council's other classes count
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:health-correction-tests-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class HealthCorrectionTests extends RecordingFormTestSupport {

    private static final String CHILD = "REC2-H1";
    /** The dental check withdrawn here is another child's, so the tests run in any order. */
    private static final String WITHDRAWN = "REC2-H2";
    private static final String PATH = "/children/" + CHILD + "/record/health-correction";

    private long eventId(String kind) {
        return eventId(CHILD, kind);
    }

    private long eventId(String child, String kind) {
        if (records.load(child).isEmpty()) {
            records.addAll(List.of(ChildRecords.child(child, "Test", "Healthy", LocalDate.of(2015, 1, 1), "F")
                    .episode(new CareEpisode(LocalDate.of(2026, 6, 1), "S", "C2", "N1", "U1", "PR1", null, null, null,
                            null, null, null))
                    .allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW009", "T9", LocalDate.of(2026, 6, 1),
                            null, null))
                    .health(new HealthEvent(HealthEvent.Kind.DENTAL_CHECK, LocalDate.of(2026, 8, 1), null, false),
                            new HealthEvent(HealthEvent.Kind.SDQ_SCORE, LocalDate.of(2026, 9, 1), "12", false))
                    .build()));
        }
        return jdbc.queryForObject("select health_event_id from health_event where child_id = ? and kind = ?",
                Long.class, child, kind);
    }

    private MockHttpServletRequestBuilder correction(long id, int version, String day, String score, String reason) {
        return date(post(PATH), "date", day, "9", "2026").param("event", String.valueOf(id))
                .param("version", String.valueOf(version)).param("value", score).param("reason", reason)
                .with(as(separateSocialWorker())).with(csrf());
    }

    private List<HealthEvent> health() {
        return records.load(CHILD).orElseThrow().health();
    }

    @Test
    void anSdqScoreIsCorrectedWithAReasonAndTheEarlierVersionIsKept() throws Exception {
        long sdq = eventId("SDQ_SCORE");
        mvc.perform(get(PATH).with(as(separateSocialWorker()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the health event recorded wrongly")))
                .andExpect(content().string(containsString("dental check on 01/08/2026")));
        mvc.perform(get(PATH).param("event", String.valueOf(sdq)).with(as(separateSocialWorker())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Recorded as: strengths and difficulties questionnaire completed on 01/09/2026, score 12.")))
                .andExpect(content().string(containsString("Total difficulties score")));

        // no reason, or a score out of range: refused, nothing changed
        mvc.perform(correction(sdq, 0, "2", "14", "")).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("reason")));
        mvc.perform(correction(sdq, 0, "2", "41", "typed wrongly")).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("value")));
        // the same as saved: nothing to correct
        mvc.perform(correction(sdq, 0, "1", "12", "typed wrongly")).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("date")));
        assertThat(health()).contains(new HealthEvent(HealthEvent.Kind.SDQ_SCORE, LocalDate.of(2026, 9, 1), "12", false));

        mvc.perform(correction(sdq, 0, "2", "14", "the score was typed wrongly")).andExpect(saved());
        assertThat(health()).containsExactly(
                new HealthEvent(HealthEvent.Kind.DENTAL_CHECK, LocalDate.of(2026, 8, 1), null, false),
                new HealthEvent(HealthEvent.Kind.SDQ_SCORE, LocalDate.of(2026, 9, 2), "14", false));
        mvc.perform(get("/children/" + CHILD + "/chronology").with(as(separateSocialWorker())))
                .andExpect(content().string(containsString("Health event corrected")))
                .andExpect(content().string(containsString("by Sid Separate because the score was typed wrongly")))
                .andExpect(content().string(containsString(
                        "Before: strengths and difficulties questionnaire completed on 01/09/2026, score 12")));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where child_id = ? and detail like ?",
                Integer.class, CHILD, "%Before: strengths and difficulties questionnaire completed on 01/09/2026, score 12."
                        + " After: strengths and difficulties questionnaire completed on 02/09/2026, score 14%"))
                .isEqualTo(1);

        // from the page opened before that correction: refused, shown what is saved now, carrying the new version
        mvc.perform(correction(sdq, 0, "3", "15", "another mistake")).andExpect(status().isOk())
                .andExpect(content().string(containsString("What is saved now, and what you entered")))
                .andExpect(content().string(containsString("<td class=\"govuk-table__cell\">02/09/2026</td>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(health()).contains(new HealthEvent(HealthEvent.Kind.SDQ_SCORE, LocalDate.of(2026, 9, 2), "14", false));
    }

    @Test
    void aDentalCheckIsWithdrawnAndKeptInTheChronology() throws Exception {
        long dental = eventId(WITHDRAWN, "DENTAL_CHECK");
        String path = "/children/" + WITHDRAWN + "/record/health-correction";
        mvc.perform(get(path).param("event", String.valueOf(dental)).with(as(separateSocialWorker())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Total difficulties score"))));
        mvc.perform(post(path).param("event", String.valueOf(dental)).param("version", "0").param("withdraw", "yes").param("confirmed", "yes")
                .param("reason", "no check took place").with(as(separateSocialWorker())).with(csrf()))
                .andExpect(saved());
        assertThat(records.load(WITHDRAWN).orElseThrow().health()).extracting(HealthEvent::kind).doesNotContain(HealthEvent.Kind.DENTAL_CHECK);
        mvc.perform(get("/children/" + WITHDRAWN + "/chronology").with(as(separateSocialWorker())))
                .andExpect(content().string(containsString("Health event withdrawn")))
                .andExpect(content().string(containsString("because no check took place. Before: dental check on 01/08/2026")));
        // withdrawn: no longer there to correct
        mvc.perform(post(path).param("event", String.valueOf(dental)).param("version", "0").param("withdraw", "yes").param("confirmed", "yes")
                .param("reason", "again").with(as(separateSocialWorker())).with(csrf()))
                .andExpect(model().attribute("errors", hasKey("event")));
    }

    @Test
    void anotherChildsEventIsNotFound() throws Exception {
        eventId("SDQ_SCORE");
        long other = jdbc.queryForObject("select min(health_event_id) from health_event where child_id <> ?", Long.class,
                CHILD);
        mvc.perform(get(PATH).param("event", String.valueOf(other)).with(as(separateSocialWorker())))
                .andExpect(status().isNotFound());
    }
}
