package org.ourpromise.leavers;

import java.time.LocalDate;
import org.ourpromise.casefile.RecordChanged;

/** A contact with a care leaver was recorded. */
public record CareLeaverContactRecorded(String childId, LocalDate date) implements RecordChanged {
}
