package org.ourpromise.reviews;

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
import org.ourpromise.record.ReviewHeld;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Correcting and withdrawing a review: versioned, the earlier version kept in the chronology, audited. */
class ReviewCorrectionTests extends RecordingFormTestSupport {

    private static final String CHILD = "C9206";

    private long reviewId() {
        if (records.load(CHILD).isEmpty()) {
            records.addAll(List.of(ChildRecords.child(CHILD, "Test", "Reviewed", LocalDate.of(2013, 7, 7), "F")
                    .episode(new CareEpisode(LocalDate.of(2026, 6, 1), "S", "C2", "N1", "U1", "PR1", null, null, null,
                            null, null, null))
                    .allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW009", "T9", LocalDate.of(2026, 6, 1),
                            null, null))
                    .review(new ReviewHeld(LocalDate.of(2026, 6, 20), "PN1", null, null)).build()));
        }
        return jdbc.queryForObject("select min(review_id) from review where child_id = ?", Long.class, CHILD);
    }

    private MockHttpServletRequestBuilder correction(long id, int version, String day, String code, String reason) {
        return date(post("/children/" + CHILD + "/record/review-correction"), "date", day, "6", "2026")
                .param("review", String.valueOf(id)).param("version", String.valueOf(version))
                .param("participation", code).param("reason", reason).with(as(separateSocialWorker())).with(csrf());
    }

    @Test
    void aReviewIsCorrectedOrWithdrawnWithAReasonAndTheEarlierVersionIsKept() throws Exception {
        long id = reviewId();
        mvc.perform(get("/children/" + CHILD + "/record/review-correction").with(as(separateSocialWorker()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("review on 20/06/2026, attended and spoke for themselves")));
        mvc.perform(get("/children/" + CHILD + "/record/review-correction").param("review", String.valueOf(id))
                .with(as(separateSocialWorker()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Recorded as a review held on 20 June 2026")));
        // a code not in the year's list, and nothing changed: refused
        mvc.perform(correction(id, 0, "20", "PN9", "wrong code")).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("participation")));
        mvc.perform(correction(id, 0, "20", "PN1", "no change")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing has been changed")));

        mvc.perform(correction(id, 0, "22", "PN2", "the wrong day and code were chosen")).andExpect(saved());
        assertThat(records.load(CHILD).orElseThrow().reviews()).containsExactly(
                new ReviewHeld(LocalDate.of(2026, 6, 22), "PN2", null, null));
        mvc.perform(get("/children/" + CHILD + "/chronology").with(as(separateSocialWorker())))
                .andExpect(content().string(containsString("Review corrected")))
                .andExpect(content().string(containsString("because the wrong day and code were chosen")))
                .andExpect(content().string(containsString("Before: review on 20/06/2026")));
        // from the page opened before that correction: refused, shown beside what is saved now, at its version
        mvc.perform(correction(id, 0, "23", "PN2", "stale")).andExpect(status().isOk())
                .andExpect(content().string(containsString("What is saved now, and what you entered")))
                .andExpect(content().string(containsString("<td class=\"govuk-table__cell\">22/06/2026</td>")))
                .andExpect(content().string(containsString("<td class=\"govuk-table__cell\">23/06/2026</td>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")))
                .andExpect(model().attribute("values", hasEntry("date-day", "23")));
        assertThat(records.load(CHILD).orElseThrow().reviews().get(0).date()).isEqualTo(LocalDate.of(2026, 6, 22));
        mvc.perform(correction(id, 1, "23", "PN2", "stale")).andExpect(saved());
        assertThat(records.load(CHILD).orElseThrow().reviews()).containsExactly(
                new ReviewHeld(LocalDate.of(2026, 6, 23), "PN2", null, null));

        mvc.perform(correction(id, 2, "23", "PN2", "it was a planning meeting").param("withdraw", "yes").param("confirmed", "yes"))
                .andExpect(saved());
        assertThat(records.load(CHILD).orElseThrow().reviews()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from record_correction where child_id = ? and kind = 'review'",
                Integer.class, CHILD)).isEqualTo(3);
    }
}
