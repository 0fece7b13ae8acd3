package org.ourpromise.worklists;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.timescales.DeadlineRule;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Timeliness by rule for a period (default: the collection year so far), with drill-down to the
 * children behind a count for users who may see children, and only the children in their scope.
 */
@Controller
class TimelinessController {

    /** Longest period: the engine's items go back about six years in the demo data, more is not useful. */
    static final int MAX_YEARS = 6;

    private final Worklists worklists;

    TimelinessController(Worklists worklists) {
        this.worklists = worklists;
    }

    @GetMapping("/timeliness")
    String timeliness(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params,
            @RequestParam(required = false) @Nullable String rule,
            @RequestParam(required = false) @Nullable String outcome, Model model) {
        var today = worklists.today();
        var in = new FormInput(params);
        var values = new HashMap<String, String>();
        LocalDate start = date(in, "from", "start of the period",
                Ssda903Dates.collectionStart(Ssda903Dates.collectionYearOf(today)), today, values);
        LocalDate end = date(in, "to", "end of the period", today, today, values);
        var errors = new LinkedHashMap<>(in.errors());
        if (errors.isEmpty() && end.isBefore(start)) {
            errors.put("to", "The end of the period must be on or after its start");
        }
        if (errors.isEmpty() && start.plusYears(MAX_YEARS).isBefore(end)) {
            errors.put("to", "Choose a period of " + MAX_YEARS + " years or less");
        }
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("today", today);
        model.addAttribute("complaintRules", Worklists.COMPLAINT_STAGES);
        if (!errors.isEmpty()) {
            return "worklists/timeliness";
        }
        model.addAttribute("summary", worklists.timeliness(start, end));
        DeadlineRule drillRule = parseRule(rule);
        var drillOutcome = Timeliness.Outcome.parse(outcome);
        if (drillRule != null && drillOutcome != null) {
            model.addAttribute("drillRule", drillRule);
            model.addAttribute("drillOutcome", drillOutcome);
            model.addAttribute("drillDown", worklists.drillDown(user, drillRule, drillOutcome, start, end));
        } else if (rule != null || outcome != null) {
            errors.put("rule", "Choose a count from the table to see the children behind it");
        }
        return "worklists/timeliness";
    }

    private static @Nullable DeadlineRule parseRule(@Nullable String rule) {
        try {
            return rule == null ? null : DeadlineRule.valueOf(rule);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * One end of the period from the GOV.UK date input ({@code from-day}, {@code from-month}, {@code from-year});
     * the table's own links carry it as one ISO date ({@code from=2026-04-01}). Blank gives the default. The
     * form's values are what was typed when it is wrong, else the date used.
     */
    private static LocalDate date(FormInput in, String field, String label, LocalDate fallback, LocalDate today,
            Map<String, String> values) {
        boolean typed = !(in.raw(field + "-day") + in.raw(field + "-month") + in.raw(field + "-year")).isEmpty();
        LocalDate date = null;
        if (!typed && !in.raw(field).isEmpty()) {
            try {
                date = LocalDate.parse(in.raw(field));
            } catch (DateTimeParseException e) {
                in.error(field, "The " + label + " must be a real date, for example 1 4 2026");
            }
        } else {
            date = in.date(field, label, false, today);
        }
        if (in.errors().containsKey(field)) {
            for (var part : new String[] {"-day", "-month", "-year"}) {
                values.put(field + part, in.raw(field + part));
            }
            return fallback;
        }
        LocalDate used = date == null ? fallback : date;
        FormInput.putDate(values, field, used);
        return used;
    }
}
