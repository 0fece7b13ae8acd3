package org.ourpromise.care;

import java.time.LocalDate;
import org.ourpromise.casefile.RecordChanged;

/** An episode of care recorded wrongly was corrected; it began on {@code from} as recorded, on {@code to} in fact. */
public record EpisodeCorrected(String childId, LocalDate from, LocalDate to) implements RecordChanged {
}
