package org.ourpromise.record;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A statutory review of arrangements held on {@code date}, with the child's participation
 * (PN0–PN7), and when the IRO's decisions and the full record were sent out.
 */
public record ReviewHeld(LocalDate date, String participation, @Nullable LocalDate decisionsIssued,
        @Nullable LocalDate recordIssued) {
}
