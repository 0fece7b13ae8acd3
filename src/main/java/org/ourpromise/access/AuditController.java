package org.ourpromise.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.lists.ListPage;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
        var errors = new LinkedHashMap<String, String>();
        var query = query(params, errors);
        int page = page(params.get("page"), errors);
        model.addAttribute("actions", AuditLog.Action.values());
        model.addAttribute("form", query);
        model.addAttribute("values", dateValues(params, query));
        model.addAttribute("errors", errors);
        String sort = sortColumn(params.get("sort"));
        boolean descending = descending(sort, params.get("order"));
        if (errors.isEmpty()) {
            var found = audit.page(query, page, PAGE_SIZE, SORTS.get(sort), descending);
            model.addAttribute("page", found);
            // the links of a sortable, paged list (fragments/lists), keeping the search
            var list = new ListPage<>(found.entries(), (int) Math.min(Integer.MAX_VALUE, found.total()), page + 1,
                    PAGE_SIZE, sort, descending, "/admin/audit", kept(params, query), java.util.Set.of("when"));
            model.addAttribute("list", list);
            model.addAttribute("csv", list.wholeListAt("/admin/audit.csv"));
            audit.record(AuditLog.Action.VIEW_AUDIT, null, "searched the audit log: " + query + ", page " + (page + 1)
                    + ", sorted by " + sort + (descending ? " descending" : " ascending"));
        } else {
            model.addAttribute("page", new AuditLog.Page(List.of(), 0, 0, PAGE_SIZE));
            model.addAttribute("list", new ListPage<AuditLog.Entry>(List.of(), 0, 1, PAGE_SIZE, sort, descending,
                    "/admin/audit", Map.of(), java.util.Set.of("when")));
        }
        return "admin/audit";
    }

    /** The columns the log sorts by, as the address names them; newest first unless asked otherwise. */
    static final Map<String, AuditLog.Order> SORTS = Map.of("when", AuditLog.Order.WHEN, "who", AuditLog.Order.WHO,
            "action", AuditLog.Order.ACTION, "child", AuditLog.Order.CHILD);

    /** A column from the address; anything unknown is "when" (as {@code lists.Sorting} treats an unknown column). */
    static String sortColumn(@Nullable String sort) {
        return sort != null && SORTS.containsKey(sort) ? sort : "when";
    }

    /** asc or desc if asked; otherwise the newest first by date, A to Z by anything else. */
    static boolean descending(String sort, @Nullable String order) {
        return "asc".equals(order) ? false : "desc".equals(order) || sort.equals("when");
    }

    @GetMapping("/admin/audit.csv")
    @Transactional
    void csv(@RequestParam Map<String, String> params, HttpServletResponse response) throws IOException {
        var errors = new LinkedHashMap<String, String>();
        var query = query(params, errors);
        if (!errors.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, String.join("; ", errors.values()));
            return;
        }
        String sort = sortColumn(params.get("sort"));
        boolean descending = descending(sort, params.get("order"));
        audit.record(AuditLog.Action.VIEW_AUDIT, null, "downloaded the audit log as CSV: " + query);
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        PrintWriter out = response.getWriter();
        line(out, List.of("When", "Who", "Action", "Child ID", "Children shown", "Detail"));
        audit.each(query, SORTS.get(sort), descending, e -> line(out, List.of(e.at().toString(), e.username(), e.action().name(),
                e.childId() == null ? "" : e.childId(), e.childrenShown() == null ? "" : e.childrenShown().toString(),
                e.detail())));
        out.flush();
    }

    static AuditLog.Query query(Map<String, String> params, Map<String, String> errors) {
        return new AuditLog.Query(blankToNull(params.get("username")), blankToNull(params.get("child")),
                action(params.get("action"), errors), date("from", "start", params, errors),
                date("to", "end", params, errors));
    }

    /** The search to keep in every link; the period as ISO dates, however it was typed. */
    private static Map<String, List<String>> kept(Map<String, String> params, AuditLog.Query query) {
        var kept = new LinkedHashMap<String, List<String>>();
        for (var name : List.of("username", "child", "action")) {
            var v = params.get(name);
            if (v != null && !v.isBlank()) {
                kept.put(name, List.of(v.strip()));
            }
        }
        if (query.from() != null) {
            kept.put("from", List.of(query.from().toString()));
        }
        if (query.to() != null) {
            kept.put("to", List.of(query.to().toString()));
        }
        return kept;
    }

    /** The page asked for, counted from 1 on the page and from 0 here. */
    private static int page(@Nullable String text, Map<String, String> errors) {
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
        errors.put("page", "The page must be a whole number from 1");
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

    private static AuditLog.@Nullable Action action(@Nullable String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return AuditLog.Action.valueOf(text);
        } catch (IllegalArgumentException e) {
            errors.put("action", "Choose an action from the list");
            return null;
        }
    }

    /**
     * One end of the period: the GOV.UK date input ({@code from-day}, {@code from-month}, {@code from-year}), or
     * the ISO date a page link carries ({@code from=2026-11-01}); blank means no limit.
     */
    private static @Nullable LocalDate date(String field, String word, Map<String, String> params,
            Map<String, String> errors) {
        String d = part(params, field + "-day");
        String m = part(params, field + "-month");
        String y = part(params, field + "-year");
        String message = "The " + word + " of the period must be a real date, for example 1 11 2026";
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            String iso = part(params, field);
            try {
                return iso.isEmpty() ? null : LocalDate.parse(iso);
            } catch (DateTimeParseException e) {
                errors.put(field, message);
                return null;
            }
        }
        if (d.isEmpty() || m.isEmpty() || y.isEmpty()) {
            errors.put(field, "The " + word + " of the period must include a day, month and year");
            return null;
        }
        try {
            if (!d.matches("\\d{1,2}") || !m.matches("\\d{1,2}") || !y.matches("\\d{4}")) {
                throw new NumberFormatException(field);
            }
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            errors.put(field, message);
            return null;
        }
    }

    private static String part(Map<String, String> params, String name) {
        var v = params.get(name);
        return v == null ? "" : v.strip();
    }

    /** What the date inputs show: what was typed, or the day a link carried. */
    private static Map<String, String> dateValues(Map<String, String> params, AuditLog.Query query) {
        var values = new java.util.HashMap<String, String>();
        for (var field : List.of("from", "to")) {
            var day = field.equals("from") ? query.from() : query.to();
            for (var p : List.of("-day", "-month", "-year")) {
                values.put(field + p, part(params, field + p));
            }
            if (day != null && part(params, field + "-day").isEmpty()) {
                values.put(field + "-day", String.valueOf(day.getDayOfMonth()));
                values.put(field + "-month", String.valueOf(day.getMonthValue()));
                values.put(field + "-year", String.valueOf(day.getYear()));
            }
        }
        return values;
    }
}
