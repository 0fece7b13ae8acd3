package org.ourpromise.returns;

/**
 * One failure of a rule: the table (DfE name), the child and the 1-based data row of the source
 * CSV that the failure points at ({@code source} names that file).
 */
public record RuleFailure(String rule, String table, String child, int row, String source) {
}
