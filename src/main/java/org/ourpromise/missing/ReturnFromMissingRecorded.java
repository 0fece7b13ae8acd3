package org.ourpromise.missing;

import java.time.LocalDate;
import org.ourpromise.casefile.RecordChanged;

/** A child's return from the episode that began on {@code started}, or its return interview, was recorded. */
public record ReturnFromMissingRecorded(String childId, LocalDate started) implements RecordChanged {
}
