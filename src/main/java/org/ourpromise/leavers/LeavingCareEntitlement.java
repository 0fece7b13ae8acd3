package org.ourpromise.leavers;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The basis of a young person's leaving-care entitlement as recorded: since when, the end of the agreed programme
 * (for the education bases), and the day they said they no longer want support (for support to 25 on request).
 */
public record LeavingCareEntitlement(EntitlementBasis basis, LocalDate recordedOn, @Nullable LocalDate programmeEnds,
        @Nullable LocalDate declinedOn, int version) {
}
