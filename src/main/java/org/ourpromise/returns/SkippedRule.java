package org.ourpromise.returns;

/** A rule of the year that did not run, and why (never a silent pass). */
public record SkippedRule(String rule, String reason) {
}
