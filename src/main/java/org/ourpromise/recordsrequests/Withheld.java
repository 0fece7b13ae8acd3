package org.ourpromise.recordsrequests;

import java.time.LocalDateTime;

/** Something left out of a disclosure: what, under which exemption, and why, as the records officer recorded it. */
public record Withheld(long id, long requestId, String what, Exemption exemption, String why, String recordedBy,
        LocalDateTime recordedAt) {

    /** The grounds for leaving something out (Data Protection Act 2018, schedules 2 and 3). */
    public enum Exemption {
        THIRD_PARTY("Another person's information, without their consent"),
        SERIOUS_HARM("Serious harm: disclosure would be likely to cause serious harm to someone's physical or mental health"),
        LEGAL_PRIVILEGE("Legal advice (legal professional privilege)"),
        CRIME("Prevention or detection of crime"),
        OTHER("Another exemption (say which in the reason)");

        private final String words;

        Exemption(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
