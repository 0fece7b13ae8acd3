package org.ourpromise.casefile;

import java.util.List;

/**
 * A DfE validation rule the child's part of a return fails: the rule, DfE's message, the table and
 * the fields (in plain words) to look at, and the collection year it was checked for.
 */
public record DataQualityIssue(String rule, String message, String table, List<String> fields, List<String> columns,
        int year) {

    /** "2026-27" for 2027. */
    public String yearLabel() {
        return (year - 1) + "-" + String.format("%02d", year % 100);
    }
}
