package org.ourpromise.casefile;

import org.ourpromise.record.HealthEvent;

/** Plain words for health events. */
public final class HealthWords {

    private HealthWords() {
    }

    public static String title(HealthEvent e) {
        return switch (e.kind()) {
            case HEALTH_ASSESSMENT -> "Health assessment";
            case HEALTH_ASSESSMENT_REFERRAL -> "Referred for a health assessment";
            case DENTAL_CHECK -> "Dental check";
            case DEVELOPMENT_CHECK_STATUS -> "Development checks reviewed";
            case IMMUNISATION_STATUS -> "Immunisations reviewed";
            case SDQ_SCORE -> "Strengths and difficulties questionnaire completed";
            case SDQ_NOT_COMPLETED -> "Strengths and difficulties questionnaire not completed";
            case SUBSTANCE_MISUSE -> "Substance misuse identified";
            case SUBSTANCE_INTERVENTION_RECEIVED -> "Substance misuse support received";
            case SUBSTANCE_INTERVENTION_REFUSED -> "Substance misuse support offered and refused";
            case CONVICTION -> "Conviction or youth caution";
        };
    }

    public static String detail(HealthEvent e) {
        return switch (e.kind()) {
            case DEVELOPMENT_CHECK_STATUS, IMMUNISATION_STATUS -> "1".equals(e.value()) ? "Up to date" : "Not up to date";
            case SDQ_SCORE -> "Score " + e.value();
            case HEALTH_ASSESSMENT -> "IHA".equals(e.value()) ? "Initial" : "RHA".equals(e.value()) ? "Review" : "";
            case SDQ_NOT_COMPLETED -> e.value() == null ? "" : org.ourpromise.returns.CodeList.SDQ_REASON.label(e.value(),
                    org.ourpromise.returns.Ssda903Dates.collectionYearOf(e.date()));
            default -> "";
        };
    }
}
