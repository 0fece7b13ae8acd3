package org.ourpromise.mypromise;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What a young person wants their IRO to know before their next review, in their own words, and how they want it
 * held. Sent to the IRO allocated when it was written; read once the IRO marks it read.
 */
record ReviewViews(long id, String childId, @Nullable LocalDate reviewDue, @Nullable String goingWell,
        @Nullable String wantToChange, @Nullable String whoThere, HeldHow heldHow, boolean chairPart,
        @Nullable String iroWorkerId, LocalDateTime sentAt, @Nullable LocalDateTime readAt, @Nullable String readBy,
        int version) {

    /** The longest answer to any one question. */
    static final int LONGEST = 2000;

    enum HeldHow {
        IN_PERSON("In person, in a room together"),
        VIDEO_CALL("On a video call"),
        MIXED("Some people in the room and some on a video call"),
        NOT_SURE("I am not sure yet");

        private final String words;

        HeldHow(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
