package org.ourpromise.education;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A request to the Virtual School for advice and information about a previously looked-after child: who asked, who
 * they are (a name or school, optional), what about, when, and when it was answered (null while it is open).
 */
public record AdviceRequest(long id, AskedBy askedBy, @Nullable String asker, String subject, LocalDate askedOn,
        @Nullable LocalDate answeredOn, int version) {

    /** Who asked. */
    public enum AskedBy {
        PARENT("A parent or guardian"),
        SCHOOL("A school or early years setting"),
        OTHER("Someone else");

        private final String words;

        AskedBy(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Days from asking to answering, or null while open. */
    public @Nullable Long daysToAnswer() {
        return answeredOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(askedOn, answeredOn);
    }
}
