package org.ourpromise.care;

import java.time.LocalDate;
import org.ourpromise.casefile.RecordChanged;

/** A period of care ended, with DfE's reason (REC). */
public record PeriodOfCareEnded(String childId, LocalDate date, String reason) implements RecordChanged {
}
