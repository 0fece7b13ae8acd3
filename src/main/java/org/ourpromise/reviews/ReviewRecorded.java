package org.ourpromise.reviews;

import java.time.LocalDate;
import org.ourpromise.casefile.RecordChanged;

/** A review of the child's arrangements was held (and recorded). */
public record ReviewRecorded(String childId, LocalDate date) implements RecordChanged {
}
