package org.ourpromise.iro;

import org.ourpromise.reviews.ReviewCorrected;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a review decided is kept by the review's date, so when the review's date is corrected its outcome, actions
 * and midway checks move with it, in the correction's own transaction. A withdrawn review's outcome and actions are
 * kept as they are (nothing the IRO recorded is deleted); they no longer show against any review.
 */
@Component
class ReviewOutcomesFollowCorrections {

    private final JdbcTemplate jdbc;

    ReviewOutcomesFollowCorrections(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void reviewCorrected(ReviewCorrected corrected) {
        if (corrected.withdrawn() || corrected.from().equals(corrected.to())) {
            return;
        }
        Object[] move = {corrected.to(), corrected.childId(), corrected.from()};
        // an outcome already kept for the new date (unlikely: two reviews on one day) is left alone, not overwritten
        jdbc.update("update review_outcome set review_date = ? where child_id = ? and review_date = ? and not exists "
                + "(select 1 from review_outcome o where o.child_id = review_outcome.child_id and o.review_date = ?)",
                corrected.to(), corrected.childId(), corrected.from(), corrected.to());
        jdbc.update("update review_action set review_date = ? where child_id = ? and review_date = ?", move);
        jdbc.update("update midway_check set review_date = ? where child_id = ? and review_date = ?", move);
    }
}
