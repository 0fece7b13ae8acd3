package org.ourpromise.permanence;

import java.util.List;

/** The drift reasons in plain English, with the council's settings in them; used by the page and the CSV. */
public record PermanenceWords(PermanenceTracking.Settings settings) {

    public String words(TrackedChild.Drift drift) {
        return switch (drift) {
            case NO_DECISION_AFTER_SECOND_REVIEW -> "No permanence decision after the second review";
            case PLAN_NOT_ACHIEVED -> "Plan older than " + settings.planMonths() + " months, nothing achieved";
            case PLACEMENT_ORDER_NOT_MATCHED -> "Placement order over " + settings.placementOrderMatchDays()
                    + " days with no match";
        };
    }

    public List<String> drift(TrackedChild t) {
        return t.drift().stream().map(this::words).toList();
    }

    /** Time since the plan in months and days, as a manager says it ("7 months"). */
    public String since(TrackedChild t) {
        if (t.daysSincePlan() == null) {
            return "";
        }
        long days = t.daysSincePlan();
        if (days < 31) {
            return days == 1 ? "1 day" : days + " days";
        }
        long months = days * 12 / 365;
        return months == 1 ? "1 month" : months + " months";
    }
}
