package org.ourpromise.worklists;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.timescales.DeadlineRule;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Timeliness by rule for a period (default: the collection year so far), with drill-down to the
 * children behind a count for users who may see children, and only the children in their scope.
 */
@Controller
class TimelinessController {

    /** Longest period: the engine's items go back about six years in the demo data, more is not useful. */
    static final int MAX_YEARS = 6;

    private final Worklists worklists;
    private final StaffDirectory staff;

    TimelinessController(Worklists worklists, StaffDirectory staff) {
        this.worklists = worklists;
        this.staff = staff;
    }

    @GetMapping("/timeliness")
    String timeliness(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params,
            @RequestParam(required = false) @Nullable String rule,
            @RequestParam(required = false) @Nullable String outcome, Model model) {
        var today = worklists.today();
        var period = period(params, today);
        var errors = period.errors();
        model.addAttribute("errors", errors);
        model.addAttribute("values", period.values());
        model.addAttribute("today", today);
        model.addAttribute("complaintRules", Worklists.COMPLAINT_STAGES);
        if (!errors.isEmpty()) {
            return "worklists/timeliness";
        }
        LocalDate start = period.start();
        LocalDate end = period.end();
        model.addAttribute("summary", worklists.timeliness(start, end));
        DeadlineRule drillRule = parseRule(rule);
        var drillOutcome = Timeliness.Outcome.parse(outcome);
        if (drillRule != null && drillOutcome != null) {
            model.addAttribute("drillRule", drillRule);
            model.addAttribute("drillOutcome", drillOutcome);
            var items = worklists.drillDown(user, drillRule, drillOutcome, start, end);
            model.addAttribute("drillDown", items);
            if (items != null) {
                // the children behind the figure a page at a time, sortable by column, the whole list as CSV
                var keep = new LinkedHashMap<String, String>();
                keep.put("from", start.toString());
                keep.put("to", end.toString());
                keep.put("rule", drillRule.name());
                keep.put("outcome", drillOutcome.name());
                var shown = WorklistController.columns(staff.names()).page(items, params.get("sort"),
                        params.get("order"), params.get("page"), "/timeliness", keep);
                model.addAttribute("drillList", shown);
                model.addAttribute("drillCsv", shown.wholeListAt("/timeliness.csv"));
            }
        } else if (rule != null || outcome != null) {
            errors.put("rule", "Choose a count from the table to see the children behind it");
        }
        return "worklists/timeliness";
    }

    /**
     * The children behind a figure as CSV, whole and in the page's order; for those who may see them (as on the
     * page), audited as an export with the children in it.
     */
    @GetMapping("/timeliness.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params) {
        var today = worklists.today();
        var period = period(params, today);
        DeadlineRule rule = parseRule(params.get("rule"));
        var outcome = Timeliness.Outcome.parse(params.get("outcome"));
        if (!period.errors().isEmpty() || rule == null || outcome == null) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body("Choose a count from the timeliness table".getBytes(StandardCharsets.UTF_8));
        }
        var items = worklists.drillDownToDownload(user, rule, outcome, period.start(), period.end());
        if (items == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Your role sees the figures only");
        }
        var names = staff.names();
        var list = new Worklist(WorklistController.columns(names).sorted(items, params.get("sort"),
                params.get("order")), Map.of());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"timeliness-" + today + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(WorklistCsv.of(list, today, names).getBytes(StandardCharsets.UTF_8));
    }

    /** The period asked for, the form's values and what is wrong with it. */
    private record Period(LocalDate start, LocalDate end, Map<String, String> values, Map<String, String> errors) {
    }

    private static Period period(Map<String, String> params, LocalDate today) {
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
        return new Period(start, end, values, errors);
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
