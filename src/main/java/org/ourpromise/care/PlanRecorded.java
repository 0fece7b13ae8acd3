package org.ourpromise.care;

import java.time.LocalDate;
import org.ourpromise.casefile.RecordChanged;
import org.ourpromise.record.PlanEvent;

/** A plan, assessment, notification, IRO check or agreement about visits was recorded for a child. */
public record PlanRecorded(String childId, PlanEvent.Kind kind, LocalDate date) implements RecordChanged {
}
