package org.ourpromise.risk;

/** The council's list of levels of exploitation risk. */
public enum RiskLevel {
    NONE("No risk identified"), LOW("Low"), MEDIUM("Medium"), HIGH("High");

    private final String words;

    RiskLevel(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
