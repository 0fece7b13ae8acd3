package org.ourpromise.mypromise;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A worry or a view a young person sent to one of their workers, who must answer by {@code answerDue}; an urgent
 * one is on their manager's list the same day too.
 */
record Message(long id, String childId, To toRole, String toWorkerId, @Nullable String toTeam, boolean urgent,
        String body, LocalDateTime sentAt, LocalDate answerDue, @Nullable String answer,
        @Nullable LocalDateTime answeredAt, @Nullable String answeredBy, int version) {

    static final int LONGEST = 2000;

    /** Which of their workers it went to. */
    enum To {
        SOCIAL_WORKER("social worker"), IRO("independent reviewing officer"), PERSONAL_ADVISER("personal adviser");

        private final String words;

        To(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public boolean answered() {
        return answeredAt != null;
    }
}
