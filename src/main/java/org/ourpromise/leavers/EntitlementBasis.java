package org.ourpromise.leavers;

/** Why the council's leaving-care duty to a young person runs as long as it does. */
public enum EntitlementBasis {
    TO_21("Support to 21"),
    EDUCATION_PROGRAMME("To the end of an agreed programme of education or training"),
    BACK_IN_EDUCATION("Back in education or training before 25"),
    ON_REQUEST_TO_25("Personal adviser support to 25 on request");

    private final String words;

    EntitlementBasis(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
