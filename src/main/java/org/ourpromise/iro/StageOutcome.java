package org.ourpromise.iro;

/** How a stage of an escalation ended. */
public enum StageOutcome {
    RESOLVED("Resolved"),
    ESCALATED("Escalated"),
    WITHDRAWN("Withdrawn");

    private final String words;

    StageOutcome(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
