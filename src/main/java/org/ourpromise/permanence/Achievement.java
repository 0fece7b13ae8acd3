package org.ourpromise.permanence;

/** How a permanence plan was achieved: the step after which the child has certainty about where they live. */
public enum Achievement {
    ORDER_MADE("Order made (adoption, special guardianship or child arrangements)"),
    MATCH_RATIFIED("Match with long-term carers ratified"),
    RETURN_HOME_COMPLETED("Return home completed"),
    MOVED_TO_PLANNED_HOME("Moved to the planned home");

    private final String words;

    Achievement(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
