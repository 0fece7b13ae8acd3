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

    /** The kinds the health form records, with their words, in the order offered. */
    public static final java.util.Map<String, String> ON_THE_FORM = formKinds();

    /** What each kind on the form meets, for its hint. */
    public static final java.util.Map<String, String> FORM_HINTS = java.util.Map.of(
            "HEALTH_ASSESSMENT", "An initial or review health assessment by a doctor or nurse",
            "HEALTH_ASSESSMENT_REFERRAL", "The request to health for an initial health assessment",
            "DENTAL_CHECK", "A check-up by a dentist",
            "SDQ_SCORE", "The carer's questionnaire, with its total difficulties score");

    private static java.util.Map<String, String> formKinds() {
        var kinds = new java.util.LinkedHashMap<String, String>();
        kinds.put("HEALTH_ASSESSMENT", "Health assessment held");
        kinds.put("HEALTH_ASSESSMENT_REFERRAL", "Referral for an initial health assessment sent");
        kinds.put("DENTAL_CHECK", "Dental check");
        kinds.put("SDQ_SCORE", "Strengths and difficulties questionnaire completed");
        return java.util.Collections.unmodifiableMap(kinds);
    }

    public static String detail(HealthEvent e) {
        return switch (e.kind()) {
            case DEVELOPMENT_CHECK_STATUS, IMMUNISATION_STATUS -> "1".equals(e.value()) ? "Up to date" : "Not up to date";
            case SDQ_SCORE -> "Score " + e.value();
            case SDQ_NOT_COMPLETED -> e.value() == null ? "" : org.ourpromise.returns.CodeList.SDQ_REASON.label(e.value(),
                    org.ourpromise.returns.Ssda903Dates.collectionYearOf(e.date()));
            default -> "";
        };
    }
}
