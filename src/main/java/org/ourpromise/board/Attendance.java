package org.ourpromise.board;

/** Whether a member came to a meeting. */
public record Attendance(long meetingId, long memberId, Presence presence) {

    public enum Presence {
        PRESENT("Present"), APOLOGIES("Apologies"), ABSENT("Absent");

        private final String label;

        Presence(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
