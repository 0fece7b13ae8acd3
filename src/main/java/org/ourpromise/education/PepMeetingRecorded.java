package org.ourpromise.education;

import java.time.LocalDate;
import org.ourpromise.casefile.RecordChanged;

/** A personal education plan meeting was held (and recorded) for a child. */
public record PepMeetingRecorded(String childId, LocalDate date) implements RecordChanged {
}
