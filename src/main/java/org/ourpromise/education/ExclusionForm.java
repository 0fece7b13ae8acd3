package org.ourpromise.education;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * Reads the exclusion form: suspension or permanent exclusion, the first day, the last day of a suspension, the
 * number of school days (half days allowed) and the DfE reason. Impossible facts are refused field by field: a
 * last day before the first, no days or a number not in halves, a first day in the future, more days than there
 * are working days between the two dates, or a child on no school's roll on the first day.
 */
final class ExclusionForm {

    /** A single suspension may not be longer than this; nor may a pupil's suspensions in one school year. */
    static final BigDecimal MOST_DAYS = BigDecimal.valueOf(45);

    static final List<String> FIELDS = List.of("kind", "started", "ended", "days", "reason");

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    record Result(@Nullable Exclusion exclusion, Map<String, String> errors) {
    }

    private ExclusionForm() {
    }

    static Result read(Map<String, String> params, long id, String childId, LocalDate today,
            List<SchoolPlacement> placements) {
        var in = new FormInput(params);
        var kind = in.choice("kind", EnumSet.allOf(Exclusion.Kind.class),
                "Select whether it was a suspension or a permanent exclusion");
        var started = in.date("started", "first day of the exclusion", true, today);
        // a suspension may end after today: the school tells the Virtual School when it starts
        var ended = in.date("ended", "last day of the suspension", false, LocalDate.MAX);
        var days = days(in, kind);
        var reason = in.choice("reason", EnumSet.allOf(Exclusion.Reason.class), "Select the reason the school gave");
        String urn = null;
        if (started != null) {
            urn = placements.stream().filter(p -> p.isCurrentOn(started)).map(SchoolPlacement::urn).findFirst()
                    .orElse(null);
            if (urn == null) {
                in.error("started", "The child was not on the roll of any school on that day: add the school first");
            }
        }
        if (started != null && ended != null && ended.isBefore(started)) {
            in.error("ended", "The last day of the suspension must be the same as or after the first day");
        } else if (started != null && ended != null && days != null
                && days.compareTo(BigDecimal.valueOf(CALENDAR.workingDaysBetween(started.minusDays(1), ended))) > 0) {
            in.error("days", "The number of school days must be no more than the working days from the first day"
                    + " to the last");
        }
        if (kind == Exclusion.Kind.PERMANENT && ended != null) {
            in.error("ended", "A permanent exclusion has no last day: leave it blank");
        }
        if (in.hasErrors()) {
            return new Result(null, FormInput.inOrder(in.errors(), FIELDS));
        }
        return new Result(new Exclusion(id, childId, kind, started, ended, days, reason, urn, in.version()), Map.of());
    }

    /** School days in halves, more than 0 and at most 45; needed for a suspension, optional for a permanent exclusion. */
    private static @Nullable BigDecimal days(FormInput in, Exclusion.@Nullable Kind kind) {
        String v = in.raw("days");
        if (v.isEmpty()) {
            if (kind != Exclusion.Kind.PERMANENT) {
                in.error("days", "Enter the number of school days");
            }
            return null;
        }
        if (!v.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            in.error("days", "Enter the number of school days as a number, like 2 or 1.5");
            return null;
        }
        var days = new BigDecimal(v);
        if (days.signum() <= 0) {
            in.error("days", "The number of school days must be more than 0");
            return null;
        }
        if (days.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            in.error("days", "The number of school days must be in whole or half days, like 2 or 1.5");
            return null;
        }
        if (kind == Exclusion.Kind.SUSPENSION && days.compareTo(MOST_DAYS) > 0) {
            in.error("days", "A suspension can be no more than 45 school days");
            return null;
        }
        return days.setScale(1);
    }

    static Map<String, String> values(Exclusion e) {
        var values = new HashMap<String, String>();
        values.put("kind", e.kind().name());
        FormInput.putDate(values, "started", e.started());
        FormInput.putDate(values, "ended", e.ended());
        values.put("days", e.daysWords());
        values.put("reason", e.reason().name());
        values.put("version", String.valueOf(e.version()));
        return values;
    }

    static Map<String, String> kindChoices() {
        var choices = new LinkedHashMap<String, String>();
        for (var k : Exclusion.Kind.values()) {
            choices.put(k.name(), k.words());
        }
        return choices;
    }

    static Map<String, String> reasonChoices() {
        var choices = new LinkedHashMap<String, String>();
        for (var r : Exclusion.Reason.values()) {
            choices.put(r.name(), r.words());
        }
        return choices;
    }
}
