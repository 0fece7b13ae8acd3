package org.ourpromise.casefile;

import org.ourpromise.record.PlanEvent;

/** Plain words for plan events. */
final class PlanWords {

    private PlanWords() {
    }

    static String title(PlanEvent.Kind kind) {
        return switch (kind) {
            case CARE_PLAN -> "Care plan written";
            case PLACEMENT_NOTIFICATION -> "Placement notification sent";
            case PERMANENCE_PLAN -> "Permanence plan agreed";
            case NEEDS_ASSESSMENT -> "Needs assessment at 16 completed";
            case PATHWAY_PLAN -> "Pathway plan written";
            case LONG_TERM_PLACEMENT_AGREED -> "Placement agreed as long-term";
        };
    }
}
