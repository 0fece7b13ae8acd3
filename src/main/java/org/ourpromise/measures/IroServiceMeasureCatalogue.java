package org.ourpromise.measures;

import java.util.List;

/**
 * The IRO service's local measures (issue 11): quality assurance alerts, escalations, review actions, midway
 * checks, permanence at reviews and caseloads per full-time IRO. Only their definitions live here, so targets,
 * comparators and the CSV checks know them like any other local measure; the IRO service computes them from its
 * own tables (alerts and actions are not part of the child's record) and the IRO annual report shows that same
 * computation. See docs/decisions/0060-iro-service-measures.md.
 */
public final class IroServiceMeasureCatalogue extends MeasuresInOrder {

    public static final String ALERTS_RAISED = "local.iro.alerts_raised";
    public static final String ALERTS_GOOD_PRACTICE = "local.iro.alerts_good_practice";
    public static final String ALERTS_CONCERN = "local.iro.alerts_concern";
    public static final String ANSWERED_IN_TIME = "local.iro.concerns_answered_in_time_pct";
    public static final String OPEN_PAST_DUE = "local.iro.concerns_open_past_due";
    public static final String ESCALATIONS = "local.iro.escalations";
    public static final String ESCALATIONS_RESOLVED = "local.iro.escalations_resolved_pct";
    public static final String OVER_FORMAL_LIMIT = "local.iro.escalations_over_formal_limit";
    public static final String DAYS_TO_RESOLUTION = "local.iro.concern_resolution_working_days";
    public static final String MIDWAY_ON_TRACK = "local.iro.midway_on_track_pct";
    public static final String ACTIONS_ON_TIME = "local.iro.review_actions_on_time_pct";
    public static final String PERMANENCE_SECOND = "local.iro.permanence_second_review_pct";
    public static final String PERMANENCE_LATER = "local.iro.permanence_later_reviews_pct";
    public static final String LOOKED_AFTER_PER_FTE = "local.iro.looked_after_per_fte";
    public static final String CASELOAD_PER_FTE = "local.iro.weighted_caseload_per_fte";
    public static final String FTE_BELOW = "local.iro.fte.below_range";
    public static final String FTE_WITHIN = "local.iro.fte.within_range";
    public static final String FTE_ABOVE = "local.iro.fte.above_range";

    /** Breakdowns of the alerts raised and of the escalations. */
    public static final List<String> ALERT_BREAKDOWNS = List.of("kind", "category", "team", "iro");
    public static final List<String> ESCALATION_BREAKDOWNS = List.of("stage", "outcome");

    private IroServiceMeasureCatalogue(LocalMeasureSettings settings, int formalLimit) {
        alertMeasures(formalLimit);
        reviewMeasures();
        caseloadMeasures(settings);
    }

    private void caseloadMeasures(LocalMeasureSettings settings) {
        String range = settings.caseloadLow() + " to " + settings.caseloadHigh();
        String weighting = " A looked-after child weighs " + settings.lookedAfterWeight().stripTrailingZeros().toPlainString()
                + " and any other child allocated to the IRO " + settings.otherCaseWeight().stripTrailingZeros()
                        .toPlainString() + "; each IRO's hours (full-time equivalent) come from the staff directory, and an "
                + "IRO it does not list counts as full time.";
        count(LOOKED_AFTER_PER_FTE, "Looked-after children per full-time IRO. The looked-after children (short breaks "
                + "apart) allocated to IROs on the period's last day, divided by those IROs' full-time equivalent hours, "
                + "against the IRO Handbook's " + range + " per full-time IRO." + weighting,
                "looked-after children per full-time equivalent");
        count(CASELOAD_PER_FTE, "Weighted caseload per full-time IRO. The weighted caseload of all IROs with "
                + "children allocated on the period's last day, divided by their full-time equivalent hours, against "
                + "the IRO Handbook's " + range + "." + weighting, "weighted caseload per full-time equivalent");
        caseloadBands(settings, range, weighting);
    }

    private void caseloadBands(LocalMeasureSettings settings, String range, String weighting) {
        String basis = settings.bandOnWeightedCaseload() ? "weighted caseload" : "looked-after children";
        count(FTE_BELOW, "IROs below the range per full-time post. IROs whose " + basis + " per full-time "
                + "equivalent on the period's last day is below " + settings.caseloadLow() + "." + weighting,
                "IROs below the range");
        count(FTE_WITHIN, "IROs within the range per full-time post. IROs whose " + basis + " per full-time "
                + "equivalent on the period's last day is from " + range + ", both included." + weighting,
                "IROs within the range");
        count(FTE_ABOVE, "IROs above the range per full-time post. IROs whose " + basis + " per full-time "
                + "equivalent on the period's last day is above " + settings.caseloadHigh() + "." + weighting,
                "IROs above the range");
    }

    private void alertMeasures(int formalLimit) {
        count(ALERTS_RAISED, "Quality assurance alerts raised. Alerts the IROs raised in the period, formal and "
                + "informal, for good practice and for concern; broken down by kind, category, team and IRO.",
                "alerts raised in the period");
        count(ALERTS_GOOD_PRACTICE, "Good practice alerts raised. Alerts for good practice raised in the period, "
                + "delivered to the worker and their manager.", "good practice alerts raised in the period");
        count(ALERTS_CONCERN, "Concern alerts raised. Alerts for concern raised in the period.",
                "concern alerts raised in the period");
        percentage(ANSWERED_IN_TIME, "Concerns answered in time. Of the concern alerts raised in the period with a "
                + "response date, the share the team first answered on or before that date (counted in working days "
                + "from the day raised, bank holidays apart).", "concerns first answered on or before their response date",
                "concerns raised in the period with a response date");
        count(OPEN_PAST_DUE, "Concerns open past their response date. Concern alerts still waiting for the team's "
                + "answer at the end of the period's last day whose response date had passed.",
                "concerns unanswered after their response date on the period's last day");
        count(ESCALATIONS, "Concerns escalated. Concerns whose first escalation (informal or a formal stage) began "
                + "in the period; broken down by the highest stage reached and how it ended.",
                "concerns first escalated in the period");
        percentage(ESCALATIONS_RESOLVED, "Escalations resolved. Of the concerns first escalated in the period, "
                + "the share resolved at a stage (not withdrawn, not still open) by the day the figures were read.",
                "escalations resolved", "concerns first escalated in the period");
        count(OVER_FORMAL_LIMIT, "Formal escalations over " + formalLimit + " working days. Concerns first "
                + "escalated in the period whose formal stages took longer than " + formalLimit + " working days in "
                + "all (IRO Handbook chapter 6), up to when they closed or the day the figures were read.",
                "escalations over the formal limit");
        average(DAYS_TO_RESOLUTION, "Working days to resolve a concern. For concern alerts closed in the period "
                + "(the answer accepted, or resolved at a stage of the escalation), the mean number of working days "
                + "from the day raised to the day closed.", "working days from raised to closed",
                "concerns closed in the period");
    }

    private void reviewMeasures() {
        percentage(MIDWAY_ON_TRACK, "Midway checks with every action on track. Of the midway checks the IROs "
                + "recorded in the period, the share that found no drift or delay and every action of the last "
                + "review on track.", "midway checks with no drift and every action on track",
                "midway checks recorded in the period");
        percentage(ACTIONS_ON_TIME, "Review actions completed on time. Of the actions agreed at reviews that fell "
                + "due in the period (dropped actions apart), the share marked done on or before their due date.",
                "actions done by their due date", "actions due in the period, not dropped");
        percentage(PERMANENCE_SECOND, "Permanence plan at the second review. Of the second reviews of a period of "
                + "care held in the period, the share where a permanence plan had been recorded in that period of care "
                + "on or before the review.", "second reviews with a permanence plan", "second reviews held in the period");
        percentage(PERMANENCE_LATER, "Permanence plan at later reviews. Of the third and later reviews of a period "
                + "of care held in the period, the share where a permanence plan had been recorded in that period of "
                + "care on or before the review.", "later reviews with a permanence plan", "later reviews held in the period");
    }

    /** The measures with the council's caseload settings and formal escalation limit in their words. */
    public static IroServiceMeasureCatalogue of(LocalMeasureSettings settings, int formalLimit) {
        return new IroServiceMeasureCatalogue(settings, formalLimit);
    }

    /** With the default settings' words (20 working days, the handbook's range): for target and comparator lists. */
    public static IroServiceMeasureCatalogue defaults() {
        return of(LocalMeasureSettings.defaults(), 20);
    }

    private void count(String key, String description, String cohort) {
        define(Measure.count(key, description, cohort), "IRO measure key defined twice: ");
    }

    private void percentage(String key, String description, String numerator, String denominator) {
        define(Measure.percentage(key, description, numerator, denominator), "IRO measure key defined twice: ");
    }

    private void average(String key, String description, String summed, String over) {
        define(Measure.average(key, description, summed, over), "IRO measure key defined twice: ");
    }
}
