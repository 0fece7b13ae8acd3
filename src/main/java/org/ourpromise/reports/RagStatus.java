package org.ourpromise.reports;

/** Red, amber or green against a target, with words so that the status never depends on colour alone. */
public enum RagStatus {
    GREEN("Green", "meets the target"),
    AMBER("Amber", "within tolerance of the target"),
    RED("Red", "outside tolerance of the target"),
    NO_TARGET("None", "no target set"),
    NO_VALUE("None", "no value to compare");

    private final String label;
    private final String meaning;

    RagStatus(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** For pages and the PDF: "Green: meets the target". */
    public String shown() {
        return this == NO_TARGET || this == NO_VALUE ? "" : label + ": " + meaning;
    }
}
