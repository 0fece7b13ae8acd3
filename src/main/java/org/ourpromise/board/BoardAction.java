package org.ourpromise.board;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An action the board allocated at a meeting to a member or a named officer, with its latest update. */
public record BoardAction(long id, long meetingId, String description, String owner, LocalDate dueOn, Status status,
        @Nullable String latestUpdate, int version) {

    public enum Status {
        OPEN("Open"), IN_PROGRESS("In progress"), DONE("Done"), DROPPED("Dropped");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean closed() {
            return this == DONE || this == DROPPED;
        }
    }

    /** Still to do and past its due date on {@code day}. */
    public boolean overdueOn(LocalDate day) {
        return !status.closed() && dueOn.isBefore(day);
    }
}
