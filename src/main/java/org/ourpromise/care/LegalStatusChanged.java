package org.ourpromise.care;

import java.time.LocalDate;
import org.ourpromise.casefile.RecordChanged;

/** The child's legal status changed while in care. */
public record LegalStatusChanged(String childId, LocalDate date, String legalStatus) implements RecordChanged {
}
