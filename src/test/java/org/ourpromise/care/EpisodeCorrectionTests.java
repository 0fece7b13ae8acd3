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
import org.ourpromise.returns.Ssda903Derivation;
import org.ourpromise.returns.Ssda903Table;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Correcting an episode of care: the day the legal status changed, moved on both episodes; a stale page refused. */
class EpisodeCorrectionTests extends RecordingFormTestSupport {

    private static final String CHILD = "C9207";

    private void add() {
        if (records.load(CHILD).isEmpty()) {
            records.addAll(List.of(ChildRecords.child(CHILD, "Test", "Episodes", LocalDate.of(2016, 3, 1), "M")
                    .episode(new CareEpisode(LocalDate.of(2026, 6, 1), "S", "C1", "N1", "U1", "PR1",
                            LocalDate.of(2026, 8, 10), "X1", null, null, null, null),
                            new CareEpisode(LocalDate.of(2026, 8, 10), "L", "C2", "N1", "U1", "PR1", null, null, null,
                                    null, null, null))
                    .allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW009", "T9", LocalDate.of(2026, 6, 1),
                            null, null)).build()));
        }
    }

    private MockHttpServletRequestBuilder correction(String version, String day, String reason) {
        return date(post("/children/" + CHILD + "/record/episode-correction"), "date", day, "8", "2026")
                .param("episode", "1").param("version", version).param("legalStatus", "C2").param("need", "N1")
                .param("placement", "U1").param("provider", "PR1").param("reason", reason).with(as(separateSocialWorker())).with(csrf());
    }

    @Test
    void theDayALegalStatusChangedIsCorrectedOnBothEpisodesAndTheReturnFollows() throws Exception {
        add();
        String version = EpisodeCorrection.fingerprint(records.load(CHILD).orElseThrow().episodes());
        mvc.perform(get("/children/" + CHILD + "/record/episode-correction").with(as(separateSocialWorker()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Episode from 10/08/2026")));
        mvc.perform(get("/children/" + CHILD + "/record/episode-correction").param("episode", "1").with(as(separateSocialWorker())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Recorded as an episode from")));
        // before the episode before it began: refused, nothing changed
        mvc.perform(date(post("/children/" + CHILD + "/record/episode-correction"), "date", "31", "5", "2026")
                .param("episode", "1").param("version", version).param("legalStatus", "C2").param("need", "N1")
                .param("placement", "U1").param("provider", "PR1").param("reason", "typo").with(as(separateSocialWorker()))
                .with(csrf())).andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("date")));

        mvc.perform(correction(version, "12", "the order was made on the 12th")).andExpect(saved());
        var rows = Ssda903Derivation.derive(List.of(records.load(CHILD).orElseThrow()),
                org.ourpromise.returns.Ssda903Dates.collectionYearOf(LocalDate.of(2026, 8, 12)), 0)
                .rows(Ssda903Table.EPISODES);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("DEC")).isEqualTo("12/08/2026");
        assertThat(rows.get(1).get("DECOM")).isEqualTo("12/08/2026");
        assertThat(rows.get(1).get("RNE")).isEqualTo("L");
        mvc.perform(get("/children/" + CHILD + "/chronology").with(as(separateSocialWorker())))
                .andExpect(content().string(containsString("Episode of care corrected")))
                .andExpect(content().string(containsString("because the order was made on the 12th")));

        // the page opened before that correction is stale
        String now = EpisodeCorrection.fingerprint(records.load(CHILD).orElseThrow().episodes());
        mvc.perform(correction(version, "13", "another")).andExpect(status().isOk())
                .andExpect(content().string(containsString("What is saved now, and what you entered")))
                .andExpect(content().string(containsString("<td class=\"govuk-table__cell\">12/08/2026</td>")))
                .andExpect(content().string(containsString("<td class=\"govuk-table__cell\">13/08/2026</td>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + now + "\"")))
                .andExpect(model().attribute("values", hasEntry("date-day", "13")));
        assertThat(records.load(CHILD).orElseThrow().episodes().get(1).started()).isEqualTo(LocalDate.of(2026, 8, 12));
        // saved again from that page, at the version it now carries: the correction applies
        mvc.perform(correction(now, "13", "another")).andExpect(saved());
        assertThat(records.load(CHILD).orElseThrow().episodes().get(1).started()).isEqualTo(LocalDate.of(2026, 8, 13));
    }
}
