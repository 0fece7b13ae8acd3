package org.ourpromise.record;

/**
 * Permanence before this period of care (903 PrevPerm). {@code date} is kept as written, because
 * the 903 allows partly unknown dates such as zz/zz/2015.
 */
public record PreviousPermanence(String option, String localAuthority, String date) {
}
