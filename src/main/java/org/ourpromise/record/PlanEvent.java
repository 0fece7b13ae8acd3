package org.ourpromise.record;

import java.time.LocalDate;

/** A plan or notification completed on a date: the start points and evidence for deadline rules. */
public record PlanEvent(Kind kind, LocalDate date) {

    public enum Kind {
        CARE_PLAN,
        PLACEMENT_NOTIFICATION,
        PERMANENCE_PLAN,
        /** Needs assessment of an eligible child (reg 42), due within 3 months of 16. */
        NEEDS_ASSESSMENT,
        PATHWAY_PLAN,
        /** The care plan names the current placement as intended to last until 18 (reg 28 3-monthly visits). */
        LONG_TERM_PLACEMENT_AGREED
    }
}
