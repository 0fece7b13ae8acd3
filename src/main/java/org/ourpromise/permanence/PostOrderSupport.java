package org.ourpromise.permanence;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Support after a special guardianship or child arrangements order, once the child has left care: a request for
 * support (an assessment of need for special guardianship support services) or a review of the support plan.
 */
public record PostOrderSupport(long id, long orderId, String childId, Kind kind, LocalDate on, String what,
        @Nullable String outcome, @Nullable LocalDate nextReview) {

    public enum Kind {
        REQUEST("Request for support"), REVIEW("Review of the support plan");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
