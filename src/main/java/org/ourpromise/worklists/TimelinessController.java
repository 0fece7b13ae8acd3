package org.ourpromise.worklists;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
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
    String timeliness(@AuthenticationPrincipal PromiseUser user, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String rule,
            @RequestParam(required = false) @Nullable String outcome, Model model) {
        var today = worklists.today();
        var errors = new LinkedHashMap<String, String>();
        LocalDate start = date(from, Ssda903Dates.collectionStart(Ssda903Dates.collectionYearOf(today)), "from",
                "start", errors);
        LocalDate end = date(to, today, "to", "end", errors);
        if (errors.isEmpty() && end.isBefore(start)) {
            errors.put("to", "The end of the period must be on or after its start");
        }
        if (errors.isEmpty() && start.plusYears(MAX_YEARS).isBefore(end)) {
            errors.put("to", "Choose a period of " + MAX_YEARS + " years or less");
        }
        model.addAttribute("errors", errors);
        model.addAttribute("fromText", from == null ? start.toString() : from);
        model.addAttribute("toText", to == null ? end.toString() : to);
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

    private static LocalDate date(@Nullable String text, LocalDate fallback, String field, String word,
            java.util.Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter the " + word + " of the period as a real date, for example 2026-04-01");
            return fallback;
        }
    }
}
