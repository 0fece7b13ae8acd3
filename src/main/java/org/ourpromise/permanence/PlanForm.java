package org.ourpromise.permanence;

import org.ourpromise.casefile.FormInput;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;


/**
 * Reads the permanence plan form: an option from the council's list, the day it was set (not before the child
 * was born, not in the future), and, once achieved, the day and how; achieved before it was planned is refused.
 */
final class PlanForm {

    /** What was read: the plan to save, or the errors by field and nothing else. */
    record Result(@Nullable PermanencePlan plan, Map<String, String> errors) {
    }

    private PlanForm() {
    }

    /** @param existing the plan being changed (its id and version), or null for a new plan */
    static Result read(Map<String, String> params, String childId, @Nullable PermanencePlan existing,
            LocalDate born, LocalDate today) {
        var in = new FormInput(params);
        var option = in.choice("plan", EnumSet.allOf(PermanenceOption.class), "Select the permanence plan");
        var setOn = in.date("setOn", "date the plan was set", true, today);
        var achievedOn = in.date("achievedOn", "date permanence was achieved", false, today);
        Achievement how = null;
        if (!in.raw("achievedHow").isEmpty()) {
            how = in.choice("achievedHow", EnumSet.allOf(Achievement.class), "Select how permanence was achieved");
        }
        if (setOn != null && setOn.isBefore(born)) {
            in.error("setOn", "The date the plan was set must be on or after the child's date of birth");
        }
        if (setOn != null && achievedOn != null && achievedOn.isBefore(setOn)) {
            in.error("achievedOn", "The date permanence was achieved must be on or after the date the plan was set");
        }
        if (achievedOn != null && how == null && !in.errors().containsKey("achievedHow")) {
            in.error("achievedHow", "Select how permanence was achieved");
        }
        if (how != null && achievedOn == null && !in.errors().containsKey("achievedOn")) {
            in.error("achievedOn", "Enter the date permanence was achieved");
        }
        if (in.hasErrors()) {
            return new Result(null, in.errors());
        }
        return new Result(new PermanencePlan(existing == null ? 0 : existing.id(), childId, option, setOn, achievedOn,
                how, existing == null ? 0 : version(in)), Map.of());
    }

    private static int version(FormInput in) {
        String v = in.raw("version");
        return v.matches("\\d{1,9}") ? Integer.parseInt(v) : -1;
    }

    static Map<String, String> values(PermanencePlan p) {
        var values = new java.util.HashMap<String, String>();
        values.put("plan", p.option().name());
        put(values, "setOn", p.setOn());
        put(values, "achievedOn", p.achievedOn());
        values.put("achievedHow", p.achievedHow() == null ? "" : p.achievedHow().name());
        values.put("version", String.valueOf(p.version()));
        return values;
    }

    static void put(Map<String, String> values, String name, @Nullable LocalDate d) {
        if (d != null) {
            values.put(name + "-day", String.valueOf(d.getDayOfMonth()));
            values.put(name + "-month", String.valueOf(d.getMonthValue()));
            values.put(name + "-year", String.valueOf(d.getYear()));
        }
    }

    static Map<String, String> planChoices() {
        var m = new LinkedHashMap<String, String>();
        for (var o : PermanenceOption.values()) {
            m.put(o.name(), o.words());
        }
        return m;
    }

    static Map<String, String> achievementChoices() {
        var m = new LinkedHashMap<String, String>();
        for (var a : Achievement.values()) {
            m.put(a.name(), a.words());
        }
        return m;
    }

    static final List<String> FIELDS = List.of("plan", "setOn", "achievedOn", "achievedHow");
}
