package org.ourpromise.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
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
import org.ourpromise.record.Visit;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Correcting and withdrawing a statutory visit: versioned, the earlier version kept and shown, audited. */
class VisitCorrectionTests extends RecordingFormTestSupport {

    private static final String CHILD = "C9204";

    private long visitId() {
        if (records.load(CHILD).isEmpty()) {
            records.addAll(List.of(ChildRecords.child(CHILD, "Test", "Visited", LocalDate.of(2015, 1, 1), "M")
                    .episode(new CareEpisode(LocalDate.of(2026, 6, 1), "S", "C2", "N1", "U1", "PR1", null, null, null,
                            null, null, null))
                    .allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW009", "T9", LocalDate.of(2026, 6, 1),
                            null, null))
                    .visit(new Visit(LocalDate.of(2026, 10, 1), "SW009", false)).build()));
        }
        return jdbc.queryForObject("select min(visit_id) from statutory_visit where child_id = ?", Long.class, CHILD);
    }

    private MockHttpServletRequestBuilder correction(long id, int version, String d, String reason) {
        return date(post("/children/" + CHILD + "/record/visit-correction"), "date", d, "10", "2026")
                .param("visit", String.valueOf(id)).param("version", String.valueOf(version)).param("seenAlone", "yes")
                .param("reason", reason).with(as(separateSocialWorker())).with(csrf());
    }

    @Test
    void aVisitIsCorrectedWithAReasonAndTheEarlierVersionIsKept() throws Exception {
        long id = visitId();
        mvc.perform(get("/children/" + CHILD + "/record/visit-correction").with(as(separateSocialWorker()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("1 Oct 2026")));
        mvc.perform(get("/children/" + CHILD + "/record/visit-correction").param("visit", String.valueOf(id))
                .with(as(separateSocialWorker()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Recorded as a visit on 1 October 2026")));
        // no reason: refused, nothing changed
        mvc.perform(correction(id, 0, "2", "")).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("reason")));
        assertThat(records.load(CHILD).orElseThrow().visits()).containsExactly(
                new Visit(LocalDate.of(2026, 10, 1), "SW009", false));

        mvc.perform(correction(id, 0, "2", "the date was typed wrongly")).andExpect(saved());
        assertThat(records.load(CHILD).orElseThrow().visits()).containsExactly(
                new Visit(LocalDate.of(2026, 10, 2), "SW009", true));
        mvc.perform(get("/children/" + CHILD + "/chronology").with(as(separateSocialWorker()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Statutory visit corrected")))
                .andExpect(content().string(containsString("by Sid Separate because the date was typed wrongly")))
                .andExpect(content().string(containsString("Before: visit on 01/10/2026, not seen alone")));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where child_id = ? and detail like ?",
                Integer.class, CHILD, "%Before: visit on 01/10/2026, not seen alone. After: visit on 02/10/2026%"))
                .isEqualTo(1);

        // a second correction made from the page opened before the first: refused, the first stands; the page shows
        // what is saved now beside what was entered, keeps the entries and carries the version saved now
        mvc.perform(correction(id, 0, "3", "another mistake")).andExpect(status().isOk())
                .andExpect(content().string(containsString("What is saved now, and what you entered")))
                .andExpect(content().string(containsString("<td class=\"govuk-table__cell\">02/10/2026</td>")))
                .andExpect(content().string(containsString("<td class=\"govuk-table__cell\">03/10/2026</td>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")))
                .andExpect(model().attribute("values", hasEntry("date-day", "3")))
                .andExpect(model().attribute("values", hasEntry("reason", "another mistake")));
        assertThat(records.load(CHILD).orElseThrow().visits().get(0).date()).isEqualTo(LocalDate.of(2026, 10, 2));
        // saved again from that page, at the version it now carries: the correction applies
        mvc.perform(correction(id, 1, "3", "another mistake")).andExpect(saved());
        assertThat(records.load(CHILD).orElseThrow().visits()).containsExactly(
                new Visit(LocalDate.of(2026, 10, 3), "SW009", true));

        // withdrawn at the current version: gone from the record, kept in the chronology
        mvc.perform(correction(id, 2, "3", "no visit took place").param("withdraw", "yes").param("confirmed", "yes")).andExpect(saved());
        assertThat(records.load(CHILD).orElseThrow().visits()).isEmpty();
        mvc.perform(get("/children/" + CHILD + "/chronology").with(as(separateSocialWorker())))
                .andExpect(content().string(containsString("Statutory visit withdrawn")))
                .andExpect(content().string(containsString("because no visit took place")));
        assertThat(jdbc.queryForObject("select count(*) from record_correction where child_id = ?", Integer.class,
                CHILD)).isEqualTo(3);
    }
}
