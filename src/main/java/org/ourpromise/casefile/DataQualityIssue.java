package org.ourpromise.casefile;

import java.util.List;

/**
 * A DfE validation rule the child's part of a return fails: the rule, DfE's message, the table and
 * the fields (in plain words) to look at, and the collection year it was checked for.
 */
public record DataQualityIssue(String rule, String message, String table, List<String> fields, List<String> columns,
        int year) {

    /** What to do about it, in words (issue 16: "Rule 186" alone told nobody anything). */
    public String whatToDo() {
        return FactForms.whatToDo(columns);
    }

    /** The recording form that puts the fact right, or null when it is the child's details. */
    public FactForms.@org.jspecify.annotations.Nullable Fix fix() {
        return FactForms.forFields(columns);
    }

    /** "2026-27" for 2027. */
    public String yearLabel() {
        return (year - 1) + "-" + String.format("%02d", year % 100);
    }
}
