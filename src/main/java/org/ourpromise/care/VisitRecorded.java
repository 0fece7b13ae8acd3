package org.ourpromise.care;

import java.time.LocalDate;
import org.ourpromise.casefile.RecordChanged;

/** A statutory visit to a child was recorded. */
public record VisitRecorded(String childId, LocalDate date) implements RecordChanged {
}
