package org.ourpromise.permanence;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A special guardianship order or a child arrangements order for a child leaving care to their carers. For special
 * guardianship, the assessment (the court's report) and the statutory support plan come before the order (Special
 * Guardianship Regulations 2005, regulations 11-14); for either order, the allowance the council pays, if any
 * (for a child arrangements order it is discretionary).
 */
public record PermanenceOrder(long id, String childId, Kind kind, String carers, @Nullable LocalDate assessedOn,
        @Nullable LocalDate supportPlanOn, @Nullable String supportPlan, @Nullable LocalDate madeOn,
        @Nullable BigDecimal allowanceWeekly, @Nullable LocalDate allowanceFrom, @Nullable LocalDate allowanceTo,
        int version) {

    public enum Kind {
        SGO("Special guardianship order"), CAO("Child arrangements order");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public boolean made() {
        return madeOn != null;
    }

    /** The allowance is being paid on the day: from its start, up to and including its last day. */
    public boolean allowancePaidOn(LocalDate day) {
        return allowanceWeekly != null && allowanceFrom != null && !allowanceFrom.isAfter(day)
                && (allowanceTo == null || !allowanceTo.isBefore(day));
    }
}
