package org.ourpromise.access;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's search of the audit log. Searching the log is itself audited. */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    @Transactional
    String search(@RequestParam(required = false) String username, @RequestParam(required = false) String child,
            @RequestParam(required = false) String action, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        var errors = new ArrayList<String>();
        var query = new AuditLog.Query(blankToNull(username), blankToNull(child), action(action, errors),
                date("from", from, errors), date("to", to, errors));
        model.addAttribute("actions", AuditLog.Action.values());
        model.addAttribute("form", query);
        model.addAttribute("fromText", from == null ? "" : from);
        model.addAttribute("toText", to == null ? "" : to);
        model.addAttribute("errors", errors);
        if (errors.isEmpty()) {
            model.addAttribute("entries", audit.search(query, 200));
            audit.record(AuditLog.Action.VIEW_AUDIT, null, "searched the audit log: " + query);
        } else {
            model.addAttribute("entries", List.of());
        }
        return "admin/audit";
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static AuditLog.@Nullable Action action(@Nullable String text, List<String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return AuditLog.Action.valueOf(text);
        } catch (IllegalArgumentException e) {
            errors.add("Choose an action from the list");
            return null;
        }
    }

    private static @Nullable LocalDate date(String field, @Nullable String text, List<String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add("Enter the " + field + " date as yyyy-mm-dd, for example 2026-03-31");
            return null;
        }
    }
}
