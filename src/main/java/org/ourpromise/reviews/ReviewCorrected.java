package org.ourpromise.reviews;

import java.time.LocalDate;
import org.ourpromise.casefile.RecordChanged;

/**
 * A review recorded wrongly was corrected (held on {@code to}, not {@code from}) or withdrawn. What another room keeps
 * about the review by its date (the IRO's outcomes and actions) can follow it by listening for this.
 */
public record ReviewCorrected(String childId, LocalDate from, LocalDate to, boolean withdrawn) implements RecordChanged {
}
