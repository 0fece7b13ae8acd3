package org.ourpromise.returns.derivation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.HealthEvent;

/**
 * The OC2 values of a cohort child, from the health events of the record (DOMAIN.md §1.3 OC2,
 * §1.4.20 and the DfE rules cited on each field). Column order is the DfE order of {@code OC2}
 * after CHILD and DOB.
 */
final class Oc2Outcomes {

    private final CollectionSpan span;
    private boolean assessment;
    private boolean dental;
    private boolean misuse;
    private boolean interventionReceived;
    private boolean interventionRefused;
    private boolean convicted;
    private @Nullable HealthEvent immunisations;
    private @Nullable HealthEvent development;
    private @Nullable HealthEvent sdqScore;
    private @Nullable HealthEvent sdqReason;

    private Oc2Outcomes(CollectionSpan span) {
        this.span = span;
    }

    /** SDQ_SCORE, SDQ_REASON, CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE, INTERVENTION_RECEIVED, INTERVENTION_OFFERED. */
    static String[] of(ChildRecord child, CollectionSpan span) {
        var o = new Oc2Outcomes(span);
        for (var h : child.health()) {
            o.take(h);
        }
        return o.values(child.dateOfBirth());
    }

    private void take(HealthEvent h) {
        LocalDate d = h.date();
        boolean inYear = span.inYear(d);
        switch (h.kind()) {
            case HEALTH_ASSESSMENT -> assessment |= inYear;
            case DENTAL_CHECK -> dental |= inYear;
            case SUBSTANCE_MISUSE -> misuse |= inYear;
            case SUBSTANCE_INTERVENTION_RECEIVED -> interventionReceived |= inYear;
            case SUBSTANCE_INTERVENTION_REFUSED -> interventionRefused |= inYear;
            case CONVICTION -> convicted |= inYear;
            // Status kinds say whether the child is up to date: the latest assessment on or before
            // 31 March stands, even if it was made before the year.
            case IMMUNISATION_STATUS -> immunisations = !d.isAfter(span.end()) ? latest(immunisations, h) : immunisations;
            case DEVELOPMENT_CHECK_STATUS -> development = !d.isAfter(span.end()) ? latest(development, h) : development;
            case SDQ_SCORE -> sdqScore = inYear ? latest(sdqScore, h) : sdqScore;
            case SDQ_NOT_COMPLETED -> sdqReason = inYear ? latest(sdqReason, h) : sdqReason;
            default -> {
            }
        }
    }

    /** The later event; on the same day the one recorded last. */
    private static HealthEvent latest(@Nullable HealthEvent kept, HealthEvent h) {
        return kept == null || !h.date().isBefore(kept.date()) ? h : kept;
    }

    private String[] values(LocalDate dob) {
        int ageAtStart = Ages.on(dob, span.start());
        int ageAtEnd = Ages.on(dob, span.end());
        // Rules 188/189: no SDQ score or reason for a child under 4 at the end of the year or 17+ at its
        // start. Rule 197a: the reason only when there is no score.
        boolean sdqAge = ageAtEnd >= 4 && ageAtStart < 17;
        String score = sdqAge && sdqScore != null ? text(sdqScore.value()) : "";
        String reason = sdqAge && sdqScore == null && sdqReason != null ? text(sdqReason.value()) : "";
        // Rules 542/543: CONVICTED only for 10+ at 31 March; rules 545/546: HEALTH_CHECK only under 5.
        String conviction = ageAtEnd >= 10 ? flag(convicted) : "";
        String healthCheck = ageAtEnd < 5 ? status(development) : "";
        // Rules 192/193: interventions only when misuse is identified; rules 158/159: OFFERED (offered
        // and refused) only when no intervention was received.
        String received = misuse ? flag(interventionReceived) : "";
        String offered = misuse && !interventionReceived ? flag(interventionRefused) : "";
        return new String[] {score, reason, conviction, healthCheck, status(immunisations), flag(dental),
            flag(assessment), flag(misuse), received, offered};
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }

    /** With no status recorded the child is not shown to be up to date: 0, never blank (rule 191). */
    private static String status(@Nullable HealthEvent h) {
        return h != null && "1".equals(h.value()) ? "1" : "0";
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
