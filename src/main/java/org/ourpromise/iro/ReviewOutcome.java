package org.ourpromise.iro;

import java.time.LocalDate;

/** What a review decided, recorded after it: how the child wanted it held, who came, the IRO's decisions. */
public record ReviewOutcome(String childId, LocalDate reviewDate, HeldHow heldHow, ChildChaired chaired, String attended,
        String decisions, int version) {

    /** How the child wanted the review held (the seed council asks each child before the review). */
    public enum HeldHow {
        IN_PERSON("In person"),
        VIRTUAL_TEAMS("Virtual, on Teams"),
        VIRTUAL_OTHER("Virtual, another way"),
        MIX("A mix of in person and virtual");

        private final String words;

        HeldHow(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Whether the child chaired their review or part of it. */
    public enum ChildChaired {
        NO("The IRO chaired it"),
        CHAIRED("The child chaired it"),
        CO_CHAIRED("The child co-chaired it with the IRO");

        private final String words;

        ChildChaired(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
