package org.ourpromise.permanence;

/** The council's list of permanence plans: the long-term plan for the child's upbringing. */
public enum PermanenceOption {
    RETURN_HOME("Return home"),
    FAMILY_AND_FRIENDS("Family and friends care"),
    LONG_TERM_FOSTERING("Long-term fostering"),
    ADOPTION("Adoption"),
    SPECIAL_GUARDIANSHIP("Special guardianship order"),
    CHILD_ARRANGEMENTS("Child arrangements order"),
    RESIDENTIAL("Residential care"),
    INDEPENDENT_LIVING("Independent living");

    private final String words;

    PermanenceOption(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
