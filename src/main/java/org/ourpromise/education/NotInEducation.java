package org.ourpromise.education;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A time a child of school age had no school place or education provision (a child missing education). */
public record NotInEducation(long id, String childId, LocalDate since, @Nullable LocalDate until, Reason reason,
        int version) {

    /** Why the child is not in education. */
    public enum Reason {
        AWAITING_PLACE("Waiting for a school place"),
        NEW_TO_AREA("Moved into the area, no place yet"),
        EXCLUDED("Permanently excluded, no new place yet"),
        MEDICAL("Health needs, no alternative provision yet"),
        REFUSING("Not attending any provision offered"),
        OTHER("Another reason");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public boolean isCurrentOn(LocalDate day) {
        return !since.isAfter(day) && (until == null || until.isAfter(day));
    }
}
