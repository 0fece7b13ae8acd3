package org.ourpromise.health;

import java.time.LocalDate;
import org.ourpromise.casefile.RecordChanged;
import org.ourpromise.record.HealthEvent;

/** A health assessment, referral, check or questionnaire score was recorded for a child. */
public record HealthEventRecorded(String childId, HealthEvent.Kind kind, LocalDate date) implements RecordChanged {
}
