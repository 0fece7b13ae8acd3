package org.ourpromise.returns;

import java.util.List;

/** A DfE validation rule as catalogued for a collection year: code, DfE message, fields and tables. */
public record RuleDescription(String code, String message, List<String> fields, List<String> tables) {

    /** Whether the rule compares with last year's return (a table named *_last). */
    public boolean needsPreviousReturn() {
        return tables.stream().anyMatch(t -> t.toLowerCase().endsWith("_last"));
    }

    /** Whether the rule needs reference data the council may not hold (the Ofsted provider list). */
    public boolean needsProviderInformation() {
        return tables.stream().anyMatch(t -> t.equalsIgnoreCase("Provider Info"));
    }
}
