package org.ourpromise.iro;

/** What an alert is for: to recognise good practice, or to raise a concern that needs an answer. */
public enum AlertKind {
    GOOD_PRACTICE("Good practice"),
    CONCERN("Concern");

    private final String words;

    AlertKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
