package org.ourpromise.voice;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One item of the "you said, we did" ledger: what young people said (and who raised it), the member of staff who
 * owns it, the council's response, what changed and the day the young people were told.
 */
record Said(long id, LocalDate raisedOn, Source source, @Nullable Long groupId, @Nullable Long consultationId,
        @Nullable String childId, String raisedBy, String said, String owner, String ownerName,
        @Nullable String response, @Nullable String changed, @Nullable LocalDate toldBackOn, Status status,
        int version) {

    /** Who raised it: a group at a session, a consultation's results, or one young person. */
    enum Source {
        GROUP("A participation group"), CONSULTATION("A consultation or survey"), YOUNG_PERSON("A young person");

        private final String words;

        Source(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }
    }

    /** Open until the young people are told the answer: either something changed, or why it did not. */
    enum Status {
        OPEN("Open"), CHANGED("Done: something changed"), NOT_CHANGED("Answered: explained why not");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }
    }

    /** The day the young people should have been told, when the council answers within {@code days} days. */
    LocalDate due(int days) {
        return raisedOn.plusDays(days);
    }

    boolean open() {
        return status == Status.OPEN;
    }
}
