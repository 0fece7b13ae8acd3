package org.ourpromise.iro;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An action agreed at a review: what, whose (a named worker or a role), by when, and where it is. Done, done late
 * and dropped actions are kept with the day they became so.
 */
public record ReviewAction(long id, String childId, LocalDate reviewDate, String action, @Nullable String ownerWorker,
        @Nullable String ownerRole, LocalDate due, Status status, @Nullable LocalDate statusOn, int version) {

    public enum Status {
        OPEN("Open"),
        DONE("Done"),
        LATE("Done late"),
        DROPPED("Dropped");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public String owner() {
        return ownerWorker != null ? ownerWorker + (ownerRole != null ? " (" + ownerRole + ")" : "") : String.valueOf(ownerRole);
    }

    public boolean isOverdue(LocalDate today) {
        return status == Status.OPEN && due.isBefore(today);
    }
}
