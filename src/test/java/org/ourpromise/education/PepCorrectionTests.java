package org.ourpromise.education;

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
import org.ourpromise.record.EducationEvent;

/** Correcting and withdrawing a PEP meeting: the checks as recorded, versioned, kept, audited (0125). */
// its own database: it adds children the shared test council's other classes count
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:pep-correction-tests-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class PepCorrectionTests extends RecordingFormTestSupport {

    private static final String CHILD = "REC2-P1";
    private static final String PATH = "/children/" + CHILD + "/record/pep-correction";

    private long id(LocalDate date) {
        if (records.load(CHILD).isEmpty()) {
            records.addAll(List.of(ChildRecords.child(CHILD, "Test", "Pupil", LocalDate.of(2012, 1, 1), "F")
                    .episode(new CareEpisode(LocalDate.of(2026, 6, 1), "S", "C2", "N1", "U1", "PR1", null, null, null,
                            null, null, null))
                    .allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW009", "T9", LocalDate.of(2026, 6, 1),
                            null, null))
                    .education(new EducationEvent(EducationEvent.Kind.PEP_MEETING, LocalDate.of(2026, 9, 5), null),
                            new EducationEvent(EducationEvent.Kind.PEP_MEETING, LocalDate.of(2026, 11, 5), null))
                    .build()));
        }
        return jdbc.queryForObject("select education_event_id from education_event where child_id = ? and event_date = ?",
                Long.class, CHILD, date);
    }

    private List<LocalDate> peps() {
        return records.load(CHILD).orElseThrow().education().stream()
                .filter(e -> e.kind() == EducationEvent.Kind.PEP_MEETING).map(EducationEvent::date).toList();
    }

    @Test
    void aMeetingsDateIsCorrectedOnlyToADayInCare() throws Exception {
        long id = id(LocalDate.of(2026, 9, 5));
        mvc.perform(get(PATH).with(as(separateSocialWorker()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("personal education plan meeting on 05/09/2026")));
        // the day before care began: refused
        mvc.perform(date(post(PATH), "date", "31", "5", "2026").param("event", String.valueOf(id)).param("version", "0")
                .param("reason", "typed wrongly").with(as(separateSocialWorker())).with(csrf()))
                .andExpect(model().attribute("errors", hasKey("date")));
        mvc.perform(date(post(PATH), "date", "6", "9", "2026").param("event", String.valueOf(id)).param("version", "0")
                .param("reason", "typed wrongly").with(as(separateSocialWorker())).with(csrf())).andExpect(saved());
        assertThat(peps()).contains(LocalDate.of(2026, 9, 6)).doesNotContain(LocalDate.of(2026, 9, 5));
        mvc.perform(get("/children/" + CHILD + "/chronology").with(as(separateSocialWorker())))
                .andExpect(content().string(containsString("Personal education plan meeting corrected")))
                .andExpect(content().string(containsString("Before: personal education plan meeting on 05/09/2026")));
        // stale
        mvc.perform(date(post(PATH), "date", "7", "9", "2026").param("event", String.valueOf(id)).param("version", "0")
                .param("reason", "again").with(as(separateSocialWorker())).with(csrf()))
                .andExpect(content().string(containsString("What is saved now, and what you entered")));
        assertThat(peps()).contains(LocalDate.of(2026, 9, 6));
    }

    @Test
    void aMeetingThatDidNotHappenIsWithdrawn() throws Exception {
        long id = id(LocalDate.of(2026, 11, 5));
        mvc.perform(post(PATH).param("event", String.valueOf(id)).param("version", "0").param("withdraw", "yes").param("confirmed", "yes")
                .param("reason", "the meeting was cancelled").with(as(separateSocialWorker())).with(csrf()))
                .andExpect(saved());
        assertThat(peps()).doesNotContain(LocalDate.of(2026, 11, 5));
    }
}
