package org.ourpromise.casefile;

import java.time.LocalDate;

/** One line of a child's chronology: what happened on a day, in plain English. */
public record ChronologyEntry(LocalDate date, String category, String title, String detail) {
}
