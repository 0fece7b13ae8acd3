package org.ourpromise.iro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.casefile.RecordingFormTestSupport;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.record.ReviewHeld;
import org.springframework.beans.factory.annotation.Autowired;

/** A review's date corrected: what the review decided, its actions and midway checks follow it to the new date. */
class ReviewOutcomesFollowCorrectionsTests extends RecordingFormTestSupport {

    private static final String CHILD = "C9311";
    private static final LocalDate RECORDED = LocalDate.of(2026, 7, 14);
    private static final LocalDate CORRECTED = LocalDate.of(2026, 7, 16);

    @Autowired
    private ReviewOutcomes outcomes;

    @Test
    void theOutcomeAndActionsMoveWithTheReviewsDate() throws Exception {
        records.addAll(List.of(ChildRecords.child(CHILD, "Test", "Corrected", LocalDate.of(2012, 2, 29), "M")
                .episode(new CareEpisode(LocalDate.of(2026, 6, 1), "S", "C2", "N1", "U1", "PR1", null, null, null, null,
                        null, null))
                .allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW009", "T9", LocalDate.of(2026, 6, 1), null,
                        null))
                .review(new ReviewHeld(RECORDED, "PN1", null, null)).build()));
        outcomes.save(new ReviewOutcome(CHILD, RECORDED, ReviewOutcome.HeldHow.values()[0],
                ReviewOutcome.ChildChaired.values()[0], "Test, carer", "Stay in placement", 0), "iro1");
        outcomes.addAction(CHILD, RECORDED, "Book the dentist", "SW009", null, LocalDate.of(2026, 8, 14), "iro1");
        long review = jdbc.queryForObject("select review_id from review where child_id = ?", Long.class, CHILD);

        mvc.perform(date(post("/children/" + CHILD + "/record/review-correction"), "date", "16", "7", "2026")
                .param("review", String.valueOf(review)).param("version", "0").param("participation", "PN1")
                .param("reason", "the review was held two days later").with(as(separateSocialWorker())).with(csrf()))
                .andExpect(saved());

        assertThat(outcomes.outcome(CHILD, RECORDED)).isEmpty();
        assertThat(outcomes.outcome(CHILD, CORRECTED)).hasValueSatisfying(o -> assertThat(o.decisions())
                .isEqualTo("Stay in placement"));
        assertThat(outcomes.actions(CHILD, RECORDED)).isEmpty();
        assertThat(outcomes.actions(CHILD, CORRECTED)).extracting(ReviewAction::action).containsExactly("Book the dentist");
    }
}
