package org.ourpromise.permanence;

/** What the Permanence Panel decided when a child's plan was presented. */
public enum PanelDecision {
    AGREED("Agreed"),
    NOT_AGREED("Not agreed"),
    DEFERRED("Deferred");

    private final String words;

    PanelDecision(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** Agreed or not agreed is a decision; a deferral is not one yet. */
    public boolean decides() {
        return this != DEFERRED;
    }
}
