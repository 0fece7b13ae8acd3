package org.ourpromise.record;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A plan, notification or agreement made on a date: the start points and evidence for deadline rules.
 *
 * @param intervalWeeks the agreed interval between visits, for {@link Kind#SHORT_BREAK_VISITS_AGREED}
 *                      only (null for every other kind)
 */
public record PlanEvent(Kind kind, LocalDate date, @Nullable Integer intervalWeeks) {

    public enum Kind {
        CARE_PLAN,
        PLACEMENT_NOTIFICATION,
        PERMANENCE_PLAN,
        /** Needs assessment of an eligible child (reg 42), due within 3 months of 16. */
        NEEDS_ASSESSMENT,
        PATHWAY_PLAN,
        /** The care plan names the current placement as intended to last until 18 (reg 28 3-monthly visits). */
        LONG_TERM_PLACEMENT_AGREED,
        /**
         * The relative, friend or other connected person the child is placed with is temporarily approved
         * as a foster carer (reg 24): weekly visits, then 4-weekly (reg 28(4)) while it lasts.
         */
        CONNECTED_PERSON_TEMPORARY_APPROVAL,
        /** That connected person is approved as a foster carer: the temporary approval ends. */
        CONNECTED_PERSON_APPROVED,
        /** The child agrees to visits up to 6 months apart after the first year of a long-term placement. */
        CHILD_AGREED_SIX_MONTHLY_VISITS,
        /** The child withdraws that agreement: back to 3-monthly visits. */
        CHILD_AGREEMENT_WITHDRAWN,
        /** The interval between visits during short breaks, agreed with the IRO and the parents (reg 48). */
        SHORT_BREAK_VISITS_AGREED,
        /**
         * The IRO's check, between two reviews, that the care plan and the last review's decisions are on track
         * (local practice: an IRO service's "midway tracking").
         */
        IRO_MIDWAY_CHECK;

        /** Whether an event of this kind carries an agreed interval. */
        public boolean hasInterval() {
            return this == SHORT_BREAK_VISITS_AGREED;
        }
    }

    public PlanEvent {
        if (kind.hasInterval() != (intervalWeeks != null)) {
            throw new IllegalArgumentException(kind + (kind.hasInterval() ? " needs" : " has no") + " interval in weeks");
        }
        if (intervalWeeks != null && intervalWeeks < 1) {
            throw new IllegalArgumentException("an interval between visits must be at least a week: " + intervalWeeks);
        }
    }

    /** An event of a kind that carries no interval. */
    public PlanEvent(Kind kind, LocalDate date) {
        this(kind, date, null);
    }
}
