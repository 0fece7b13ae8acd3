package org.ourpromise.measures.cohort;

import java.time.LocalDate;

/** A Reviews row with a valid REVIEW date; {@code code} is REVIEW_CODE, trimmed and upper-cased. */
public record Review(String child, LocalDate date, String code) {
}
