package org.ourpromise.casefile;

import java.time.LocalDate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.timescales.AdviserContactTerms;

/**
 * When the leaving-care duty to a young person ends (the first day it is no longer owed), as the room that records
 * each young person's entitlement and its basis decides it; the pages that list what is due ask here so that a
 * pathway plan or adviser contact lapses with the duty (decision 0086).
 */
public interface LeavingCareDuty {

    /** The end of the duty to this young person. */
    LocalDate ends(ChildRecord child);

    /** The end of the duty to anyone, from one read of what is recorded (for the whole council's lists). */
    Function<ChildRecord, LocalDate> endsForAll();

    /**
     * The terms of the personal adviser's contact duty to this young person (decision 0215): with them the deadline
     * engine's adviser contacts are the duty's; null, the engine's statutory floor.
     */
    default @Nullable AdviserContactTerms contactTerms(ChildRecord child) {
        return null;
    }

    /** The terms of the duty to anyone, from one read of what is recorded (for the whole council's lists). */
    default Function<ChildRecord, @Nullable AdviserContactTerms> contactTermsForAll() {
        return child -> null;
    }
}
