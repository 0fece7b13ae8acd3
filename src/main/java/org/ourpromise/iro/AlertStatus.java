package org.ourpromise.iro;

/** Where an alert is: a concern waits for social care's answer, then the IRO accepts it or escalates it. */
public enum AlertStatus {
    /** A concern waiting for a response from the team. */
    AWAITING_RESPONSE("Awaiting response", true),
    /** The team has answered; the IRO has still to accept or escalate. */
    RESPONDED("Response received", true),
    /** Going up the escalation ladder. */
    ESCALATED("Escalated", true),
    /** Good practice, sent to the worker and their manager. */
    DELIVERED("Delivered", false),
    /** The IRO accepted the response, or the escalation was resolved. */
    CLOSED("Closed", false),
    /** The IRO withdrew the concern at a stage of the escalation. */
    WITHDRAWN("Withdrawn", false);

    private final String words;
    private final boolean open;

    AlertStatus(String words, boolean open) {
        this.words = words;
        this.open = open;
    }

    public String words() {
        return words;
    }

    public boolean isOpen() {
        return open;
    }
}
