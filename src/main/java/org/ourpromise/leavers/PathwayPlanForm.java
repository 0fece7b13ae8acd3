package org.ourpromise.leavers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;

/** The pathway plan form: its sections in order, up to three goals, read and checked; or filled from a version. */
final class PathwayPlanForm {

    /** The sections in the order the form asks them (the error summary follows it). */
    static final Map<String, String> SECTIONS = sections();
    static final int GOALS = 3;
    static final int LIMIT = 2000;
    private static final LocalDate NO_LIMIT = LocalDate.of(9999, 12, 30);

    private PathwayPlanForm() {
    }

    private static Map<String, String> sections() {
        var m = new LinkedHashMap<String, String>();
        m.put("needsAssessment", "Needs assessment");
        m.put("accommodation", "Accommodation");
        m.put("eet", "Education, employment or training");
        m.put("health", "Health");
        m.put("finance", "Finance");
        m.put("relationships", "Relationships");
        return m;
    }

    /** The plan the form describes, or null with the errors on {@code in}. */
    static PathwayPlans.@Nullable Plan read(FormInput in, String childId, LocalDate today) {
        var reviewed = in.date("reviewedOn", "date the plan was agreed or reviewed", true, today);
        var texts = new HashMap<String, String>();
        SECTIONS.forEach((name, label) -> texts.put(name, in.text(name, label.toLowerCase(java.util.Locale.ROOT)
                + " section", LIMIT, true)));
        var goals = new ArrayList<PathwayPlans.Goal>();
        for (int i = 1; i <= GOALS; i++) {
            goal(in, i).ifPresent(goals::add);
        }
        String months = in.raw("contactMonths");
        Integer contactMonths = null;
        if (!months.isEmpty()) {
            if (months.matches("[1-9]|1[0-2]")) {
                contactMonths = Integer.valueOf(months);
            } else {
                in.error("contactMonths", "Enter how often to keep in touch as a whole number of months from 1 to 12");
            }
        }
        var view = in.text("youngPersonsView", LIMIT);
        if (in.hasErrors() || reviewed == null) {
            return null;
        }
        return new PathwayPlans.Plan(0, childId, 0, reviewed, texts.get("needsAssessment"), texts.get("accommodation"),
                texts.get("eet"), texts.get("health"), texts.get("finance"), texts.get("relationships"), view,
                contactMonths, "", goals);
    }

    /** Goal {@code i}: all three parts, or none. */
    private static java.util.Optional<PathwayPlans.Goal> goal(FormInput in, int i) {
        String goal = in.raw("goal" + i);
        String action = in.raw("action" + i);
        boolean dated = !(in.raw("by" + i + "-day") + in.raw("by" + i + "-month") + in.raw("by" + i + "-year")).isEmpty();
        if (goal.isEmpty() && action.isEmpty() && !dated) {
            return java.util.Optional.empty();
        }
        var g = in.text("goal" + i, "goal " + i, 300, true);
        var a = in.text("action" + i, "action for goal " + i, 500, true);
        var by = in.date("by" + i, "date goal " + i + " is due by", true, NO_LIMIT);
        return g == null || a == null || by == null ? java.util.Optional.empty()
                : java.util.Optional.of(new PathwayPlans.Goal(g, a, by));
    }

    /** The form filled from a version (its goals, its interval), with the version read. */
    static Map<String, String> values(PathwayPlans.@Nullable Plan plan) {
        var values = new HashMap<String, String>();
        values.put("version", plan == null ? "0" : String.valueOf(plan.versionNo()));
        if (plan == null) {
            return values;
        }
        values.put("needsAssessment", plan.needsAssessment());
        values.put("accommodation", plan.accommodation());
        values.put("eet", plan.eet());
        values.put("health", plan.health());
        values.put("finance", plan.finance());
        values.put("relationships", plan.relationships());
        values.put("youngPersonsView", plan.youngPersonsView() == null ? "" : plan.youngPersonsView());
        values.put("contactMonths", plan.contactMonths() == null ? "" : String.valueOf(plan.contactMonths()));
        for (int i = 0; i < plan.goals().size() && i < GOALS; i++) {
            var g = plan.goals().get(i);
            values.put("goal" + (i + 1), g.goal());
            values.put("action" + (i + 1), g.action());
            FormInput.putDate(values, "by" + (i + 1), g.byWhen());
        }
        return values;
    }
}
