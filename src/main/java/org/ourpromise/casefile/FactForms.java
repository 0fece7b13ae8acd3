package org.ourpromise.casefile;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a fact the return reads is put right: the recording form (its address under
 * {@code /children/{id}/record/}) for each SSDA903 field, and what to do there, in words a social worker uses.
 * A data-quality finding links to the form of its first field that has one (issue 16).
 */
public final class FactForms {

    /**
     * A form that records or corrects a fact, and what to do on it; {@code kind} is the choice the form opens with
     * (null: its usual one).
     */
    public record Fix(String form, String title, String todo, @Nullable String kind) {

        Fix(String form, String title, String todo) {
            this(form, title, todo, null);
        }

        /** The form's address for a child, with its choice made. */
        public String address(String childId) {
            return "/children/" + childId + "/record/" + form + (kind == null ? "" : "?kind=" + kind);
        }
    }

    private static final Fix EPISODE = new Fix("episode-correction", "Correct an episode of care",
            "Open the episode it is about and correct these details if they are wrong");
    private static final Fix REVIEW = new Fix("review-correction", "Correct a review",
            "Correct the review if its date or how the child took part is wrong");
    private static final Fix LEAVER = new Fix("care-leaver-contact", "Record contact with a care leaver",
            "Record the latest contact with the care leaver, with where they live and what they are doing");
    private static final Fix MISSING = new Fix("missing-episode", "Record a missing episode",
            "Record the missing episode again with the right dates, or record that the child came back");
    private static final Fix HEALTH = new Fix("health-assessment", "Record a health assessment or check",
            "Record the health assessment, dental check, immunisations, development checks or substance misuse that is missing");
    // rule 186 (a score is needed) and 197B (a score or the reason there is none) open the form at the questionnaire
    private static final Fix SDQ = new Fix("health-assessment", "Record the strengths and difficulties score",
            "Record the strengths and difficulties questionnaire's score, or why none was done", "SDQ_SCORE");
    private static final Fix NO_SDQ = new Fix("health-assessment", "Record why no questionnaire was done",
            "Record the strengths and difficulties questionnaire's score, or why none was done", "SDQ_NOT_COMPLETED");

    private static final Map<String, Fix> BY_FIELD = Map.ofEntries(
            Map.entry("DECOM", EPISODE), Map.entry("DEC", EPISODE), Map.entry("RNE", EPISODE), Map.entry("LS", EPISODE),
            Map.entry("CIN", EPISODE), Map.entry("PLACE", EPISODE), Map.entry("PLACE_PROVIDER", EPISODE),
            Map.entry("REC", EPISODE), Map.entry("REASON_PLACE_CHANGE", EPISODE), Map.entry("HOME_POST", EPISODE),
            Map.entry("PL_POST", EPISODE), Map.entry("URN", EPISODE),
            Map.entry("REVIEW", REVIEW), Map.entry("REVIEW_CODE", REVIEW),
            Map.entry("IN_TOUCH", LEAVER), Map.entry("ACTIV", LEAVER), Map.entry("ACCOM", LEAVER),
            Map.entry("MISSING", MISSING), Map.entry("MIS_START", MISSING), Map.entry("MIS_END", MISSING),
            Map.entry("HEALTH_ASSESSMENT", HEALTH), Map.entry("TEETH_CHECK", HEALTH), Map.entry("IMMUNISATIONS", HEALTH),
            Map.entry("SDQ_SCORE", SDQ), Map.entry("SDQ_REASON", NO_SDQ),
            Map.entry("HEALTH_CHECK", HEALTH), Map.entry("SUBSTANCE_MISUSE", HEALTH),
            Map.entry("INTERVENTION_RECEIVED", HEALTH), Map.entry("INTERVENTION_OFFERED", HEALTH));

    private FactForms() {
    }

    /** The form for the first of the fields that has one; null when only the child's details are involved. */
    public static @Nullable Fix forFields(List<String> fields) {
        return fields.stream().map(BY_FIELD::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** What to do about a finding on these fields, ending with the facts to check in words. */
    public static String whatToDo(List<String> fields) {
        var fix = forFields(fields);
        var facts = String.join(", ", fields.stream().map(ReturnChecks::fieldWords).toList());
        if (fix != null) {
            return fix.todo() + (facts.isEmpty() ? "." : ": " + facts + ".")
                    + " If the record is right, nothing needs doing: the performance team will explain it to DfE.";
        }
        return "Check the child's details" + (facts.isEmpty() ? "" : " (" + facts + ")")
                + "; if they are wrong, ask the performance team to correct them. If the record is right, nothing needs doing.";
    }
}
