package org.ourpromise.care;

import java.time.LocalDate;
import org.ourpromise.casefile.RecordChanged;

/** A period of care began: the child came into care, or came back (reEntry). */
public record PeriodOfCareStarted(String childId, LocalDate date, boolean reEntry) implements RecordChanged {
}
