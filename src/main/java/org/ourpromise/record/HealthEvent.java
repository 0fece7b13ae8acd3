package org.ourpromise.record;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A dated health fact. {@code value} carries what the kind needs: the SDQ score (0–40), the SDQ
 * reason code (SDQ1–SDQ5) for {@link Kind#SDQ_NOT_COMPLETED}, "1"/"0" for the status kinds.
 * {@code fromReturn} marks facts that came from an imported 903 return, whose exact date is not
 * known: they are dated 31 March of the collection year (or the child's birthday) and shown as such.
 */
public record HealthEvent(Kind kind, LocalDate date, @Nullable String value, boolean fromReturn) {

    public enum Kind {
        /** Initial or review health assessment held. */
        HEALTH_ASSESSMENT,
        /** Referral for an initial health assessment sent to health. */
        HEALTH_ASSESSMENT_REFERRAL,
        DENTAL_CHECK,
        /** Development (health surveillance) checks assessed: value 1 up to date, 0 not. */
        DEVELOPMENT_CHECK_STATUS,
        /** Immunisations assessed: value 1 up to date, 0 not. */
        IMMUNISATION_STATUS,
        /** SDQ completed: value is the total difficulties score. */
        SDQ_SCORE,
        /** SDQ not completed: value is the reason code. */
        SDQ_NOT_COMPLETED,
        /** Identified as having a substance misuse problem. */
        SUBSTANCE_MISUSE,
        /** Received an intervention for substance misuse. */
        SUBSTANCE_INTERVENTION_RECEIVED,
        /** Offered an intervention for substance misuse and refused it. */
        SUBSTANCE_INTERVENTION_REFUSED,
        /** Convicted, or given a youth caution or youth conditional caution. */
        CONVICTION
    }
}
