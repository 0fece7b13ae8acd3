package org.ourpromise.reviews;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.ReviewHeld;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reviews held, for rooms that need them without the rest of the record; the review table stays this room's. */
@Service
public class ReviewsHeld {

    private final ReviewRepository reviews;

    ReviewsHeld(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    /** One child's reviews, or every child's when the id is null, in date order, by child id. */
    @Transactional(readOnly = true)
    public Map<String, List<ReviewHeld>> byChild(@Nullable String childId) {
        return reviews.reviews(childId);
    }
}
