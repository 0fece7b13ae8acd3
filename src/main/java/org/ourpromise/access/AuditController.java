package org.ourpromise.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrator's search of the audit log: by user, child (the entries about the child and the lists that
 * showed it), action and dates, a page at a time through everything, or all of it as CSV. Searching and
 * downloading the log are themselves audited.
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 100;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    @Transactional
    String search(@RequestParam Map<String, String> params, Model model) {
        var errors = new ArrayList<String>();
        var query = query(params, errors);
        int page = page(params.get("page"), errors);
        model.addAttribute("actions", AuditLog.Action.values());
        model.addAttribute("form", query);
        model.addAttribute("fromText", params.getOrDefault("from", ""));
        model.addAttribute("toText", params.getOrDefault("to", ""));
        model.addAttribute("errors", errors);
        if (errors.isEmpty()) {
            var found = audit.page(query, page, PAGE_SIZE);
            model.addAttribute("page", found);
            model.addAttribute("previous", page > 0 ? link("/admin/audit", params, page - 1) : null);
            model.addAttribute("next", page + 1 < found.pages() ? link("/admin/audit", params, page + 1) : null);
            model.addAttribute("csv", link("/admin/audit.csv", params, -1));
            audit.record(AuditLog.Action.VIEW_AUDIT, null, "searched the audit log: " + query + ", page " + (page + 1));
        } else {
            model.addAttribute("page", new AuditLog.Page(List.of(), 0, 0, PAGE_SIZE));
        }
        return "admin/audit";
    }

    @GetMapping("/admin/audit.csv")
    @Transactional
    void csv(@RequestParam Map<String, String> params, HttpServletResponse response) throws IOException {
        var errors = new ArrayList<String>();
        var query = query(params, errors);
        if (!errors.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, String.join("; ", errors));
            return;
        }
        audit.record(AuditLog.Action.VIEW_AUDIT, null, "downloaded the audit log as CSV: " + query);
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        PrintWriter out = response.getWriter();
        line(out, List.of("When", "Who", "Action", "Child ID", "Children shown", "Detail"));
        audit.each(query, e -> line(out, List.of(e.at().toString(), e.username(), e.action().name(),
                e.childId() == null ? "" : e.childId(), e.childrenShown() == null ? "" : e.childrenShown().toString(),
                e.detail())));
        out.flush();
    }

    static AuditLog.Query query(Map<String, String> params, List<String> errors) {
        return new AuditLog.Query(blankToNull(params.get("username")), blankToNull(params.get("child")),
                action(params.get("action"), errors), date("from", params.get("from"), errors),
                date("to", params.get("to"), errors));
    }

    private static String link(String path, Map<String, String> params, int page) {
        var b = UriComponentsBuilder.fromPath(path);
        var kept = new LinkedHashMap<String, String>();
        for (var name : List.of("username", "child", "action", "from", "to")) {
            var v = params.get(name);
            if (v != null && !v.isBlank()) {
                kept.put(name, v.strip());
            }
        }
        kept.forEach(b::queryParam);
        if (page >= 0) {
            b.queryParam("page", page + 1);
        }
        return b.encode().build().toUriString();
    }

    /** The page asked for, counted from 1 on the page and from 0 here. */
    private static int page(@Nullable String text, List<String> errors) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= 10_000_000) {
                return n - 1;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add("The page must be a whole number from 1");
        return 0;
    }

    /** One CSV line; a cell that a spreadsheet would read as a formula starts with an apostrophe. */
    private static void line(PrintWriter out, List<String> cells) {
        var b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0) {
                c = "'" + c;
            }
            b.append(i == 0 ? "" : ",").append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        out.print(b.append("\r\n"));
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
