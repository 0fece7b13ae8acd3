package org.ourpromise.leavers;

import java.time.LocalDate;
import org.ourpromise.casefile.RecordChanged;

/** The basis of a young person's leaving-care entitlement was recorded or changed; the duty now ends on dutyEnds. */
public record EntitlementRecorded(String childId, EntitlementBasis basis, LocalDate dutyEnds) implements RecordChanged {
}
