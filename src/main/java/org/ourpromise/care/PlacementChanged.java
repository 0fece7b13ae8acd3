package org.ourpromise.care;

import java.time.LocalDate;
import org.ourpromise.casefile.RecordChanged;

/** A child moved to a new placement: the open episode ended that day and a new one began. */
public record PlacementChanged(String childId, LocalDate date, String placement) implements RecordChanged {
}
