package org.ourpromise.missing;

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
import org.ourpromise.record.MissingEpisode;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Correcting and withdrawing a missing or away episode: the checks as recorded, versioned, kept, audited (0125). */
// its own database: it adds children the shared test council's other classes count
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:missing-correction-tests-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class MissingCorrectionTests extends RecordingFormTestSupport {

    private static final String CHILD = "REC2-M1";
    private static final String PATH = "/children/" + CHILD + "/record/missing-correction";

    private long id(String type) {
        if (records.load(CHILD).isEmpty()) {
            records.addAll(List.of(ChildRecords.child(CHILD, "Test", "Absent", LocalDate.of(2012, 1, 1), "M")
                    .episode(new CareEpisode(LocalDate.of(2026, 6, 1), "S", "C2", "N1", "U1", "PR1", null, null, null,
                            null, null, null))
                    .allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW009", "T9", LocalDate.of(2026, 6, 1),
                            null, null))
                    .missing(new MissingEpisode("M", LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 12), null,
                            LocalDate.of(2026, 9, 14), false),
                            new MissingEpisode("A", LocalDate.of(2026, 10, 1), null, null, null, false))
                    .build()));
        }
        return jdbc.queryForObject("select missing_id from missing_episode where child_id = ? and missing_type = ?",
                Long.class, CHILD, type);
    }

    private MockHttpServletRequestBuilder correction(long id, int version, String start, String end, String reason) {
        var b = date(post(PATH), "date", start, "9", "2026");
        if (!end.isEmpty()) {
            b = date(b, "end", end, "9", "2026");
        }
        return b.param("event", String.valueOf(id)).param("version", String.valueOf(version)).param("reason", reason)
                .with(as(separateSocialWorker())).with(csrf());
    }

    private List<MissingEpisode> missing() {
        return records.load(CHILD).orElseThrow().missing();
    }

    @Test
    void anEpisodesDatesAreCorrectedWithinWhatWasRecordedAroundThem() throws Exception {
        long id = id("M");
        mvc.perform(get(PATH).with(as(separateSocialWorker()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("missing from 10/09/2026 to 12/09/2026")))
                .andExpect(content().string(containsString("away from 01/10/2026, not back yet")));
        mvc.perform(get(PATH).param("event", String.valueOf(id)).with(as(separateSocialWorker())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Date they came back")));
        // back after the return interview held on 14/09: refused
        mvc.perform(correction(id, 0, "10", "15", "typed wrongly"))
                .andExpect(model().attribute("errors", hasKey("end")));
        // back before they went: refused
        mvc.perform(correction(id, 0, "10", "9", "typed wrongly"))
                .andExpect(model().attribute("errors", hasKey("end")));
        // not back at all, yet an interview was held: refused
        mvc.perform(correction(id, 0, "10", "", "typed wrongly"))
                .andExpect(model().attribute("errors", hasKey("end")));
        assertThat(missing().get(0).started()).isEqualTo(LocalDate.of(2026, 9, 10));

        mvc.perform(correction(id, 0, "9", "11", "the dates were a day out")).andExpect(saved());
        assertThat(missing().get(0)).isEqualTo(new MissingEpisode("M", LocalDate.of(2026, 9, 9),
                LocalDate.of(2026, 9, 11), null, LocalDate.of(2026, 9, 14), false));
        mvc.perform(get("/children/" + CHILD + "/chronology").with(as(separateSocialWorker())))
                .andExpect(content().string(containsString("Missing or away episode corrected")))
                .andExpect(content().string(containsString(
                        "because the dates were a day out. Before: missing from 10/09/2026 to 12/09/2026."
                                + " Now: missing from 09/09/2026 to 11/09/2026")));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where child_id = ? and detail like ?",
                Integer.class, CHILD, "%Corrected missing or away episode " + id + " because the dates were a day out%"))
                .isEqualTo(1);

        // from the page opened before: refused, what is saved now shown
        mvc.perform(correction(id, 0, "8", "11", "another")).andExpect(status().isOk())
                .andExpect(content().string(containsString("What is saved now, and what you entered")))
                .andExpect(content().string(containsString("<td class=\"govuk-table__cell\">09/09/2026</td>")));
        assertThat(missing().get(0).started()).isEqualTo(LocalDate.of(2026, 9, 9));
    }

    @Test
    void anEpisodeThatDidNotHappenIsWithdrawn() throws Exception {
        long id = id("A");
        mvc.perform(post(PATH).param("event", String.valueOf(id)).param("version", "0").param("withdraw", "yes").param("confirmed", "yes")
                .param("reason", "recorded on the wrong child").with(as(separateSocialWorker())).with(csrf()))
                .andExpect(saved());
        assertThat(missing()).extracting(MissingEpisode::type).containsExactly("M");
        mvc.perform(get("/children/" + CHILD + "/chronology").with(as(separateSocialWorker())))
                .andExpect(content().string(containsString("Missing or away episode withdrawn")))
                .andExpect(content().string(containsString("Before: away from 01/10/2026, not back yet")));
    }
}
