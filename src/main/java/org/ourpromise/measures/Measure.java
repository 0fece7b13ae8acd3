package org.ourpromise.measures;

/**
 * The definition of one measure of MEASURES.md, in plain English for pages, reports and drill-down.
 * Where DfE's own rule is unconfirmed (DOMAIN.md §6) the description says which choice Promise made.
 *
 * @param key the stable key, e.g. {@code cla.at_31_march} or {@code cla.by_age.under_1}
 * @param kind how the value is formed from numerator and denominator
 * @param description what the measure is, with our choices
 * @param cohort the children (or rows) the measure is about
 * @param numerator what is counted (or summed)
 * @param denominator what it is divided by; empty for a count
 */
public record Measure(String key, Kind kind, String description, String cohort, String numerator, String denominator) {

    public enum Kind {
        COUNT, PERCENTAGE, AVERAGE, RATE
    }

    public Measure {
        if (key.isBlank() || description.isBlank()) {
            throw new IllegalArgumentException("a measure needs a key and a description");
        }
    }

    public static Measure count(String key, String description, String cohort) {
        return new Measure(key, Kind.COUNT, description, cohort, cohort, "");
    }

    public static Measure percentage(String key, String description, String numerator, String denominator) {
        return new Measure(key, Kind.PERCENTAGE, description, denominator, numerator, denominator);
    }

    public static Measure average(String key, String description, String summed, String over) {
        return new Measure(key, Kind.AVERAGE, description, over, summed, over);
    }
}
