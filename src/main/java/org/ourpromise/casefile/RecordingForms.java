package org.ourpromise.casefile;

import org.jspecify.annotations.Nullable;
import org.ourpromise.timescales.DeadlineRule;

/**
 * Which recording form meets a deadline, so a worklist line can open it. Null for complaint stages: they are
 * recorded on the complaint. The forms live in their features' rooms; what joins them to a deadline is their
 * address, {@code /children/{id}/record/<path>}, which never changes.
 */
public final class RecordingForms {

    private RecordingForms() {
    }

    /** The last part of the form's address ({@code /children/{id}/record/...}), or null. */
    public static @Nullable String pathFor(DeadlineRule rule) {
        return switch (rule) {
            case REVIEW_FIRST, REVIEW_SECOND, REVIEW_SUBSEQUENT, SHORT_BREAK_REVIEW_FIRST, SHORT_BREAK_REVIEW_SUBSEQUENT,
                    IRO_UNPLANNED_MOVE_REVIEW ->
                "review";
            case IRO_MIDWAY_CHECK, CARE_PLAN, PLACEMENT_NOTIFICATION, PERMANENCE_PLAN, NEEDS_ASSESSMENT_16,
                    PATHWAY_PLAN_REVIEW -> "plan";
            case IHA_REFERRAL, IHA, RHA_UNDER_5, RHA_5_PLUS, DENTAL, SDQ -> "health-assessment";
            case PEP_INITIAL, PEP_REVIEW -> "pep";
            case VISIT_FIRST_WEEK, VISIT_FIRST_YEAR, VISIT_LONG_TERM, VISIT_LONG_TERM_CHILD_AGREED, VISIT_AFTER_FIRST_YEAR,
                    VISIT_WITH_PARENT_WEEKLY, VISIT_WITH_PARENT, VISIT_ICO_WITH_PARENT_WEEKLY, VISIT_ICO_WITH_PARENT,
                    VISIT_TEMPORARY_APPROVAL_WEEKLY, VISIT_TEMPORARY_APPROVAL, VISIT_CARE_ORDER_WITH_PARENT_FIRST_WEEK,
                    VISIT_CARE_ORDER_WITH_PARENT, VISIT_SHORT_BREAK -> "visit";
            case PA_CONTACT -> "care-leaver-contact";
            case IRO_DECISIONS, IRO_RECORD -> "review-sent";
            case RETURN_INTERVIEW -> "missing-return";
            case COMPLAINT_STAGE_1, COMPLAINT_STAGE_2, COMPLAINT_STAGE_3_PANEL,
                    COMPLAINT_STAGE_3_REPORT, COMPLAINT_STAGE_3_RESPONSE -> null;
        };
    }

    /** The form's address with the choice that meets the rule made already, e.g. {@code plan?kind=CARE_PLAN}. */
    public static @Nullable String linkFor(DeadlineRule rule) {
        String path = pathFor(rule);
        if (path == null) {
            return null;
        }
        String kind = switch (rule) {
            case CARE_PLAN, PLACEMENT_NOTIFICATION, PERMANENCE_PLAN, IRO_MIDWAY_CHECK -> rule.name();
            case NEEDS_ASSESSMENT_16 -> "NEEDS_ASSESSMENT";
            case PATHWAY_PLAN_REVIEW -> "PATHWAY_PLAN";
            case IHA_REFERRAL -> "HEALTH_ASSESSMENT_REFERRAL";
            case DENTAL -> "DENTAL_CHECK";
            case SDQ -> "SDQ_SCORE";
            default -> null;
        };
        return kind == null ? path : path + "?kind=" + kind;
    }
}
