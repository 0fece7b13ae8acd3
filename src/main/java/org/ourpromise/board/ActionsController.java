package org.ourpromise.board;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.lists.Sorting;
import org.ourpromise.casefile.StaleEdit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The board's action log: every action with its owner, due date, status and latest update, overdue ones
 * highlighted; as a page and CSV; and the form that records an update (versioned, audited).
 */
@Controller
class ActionsController {

    static final int MAX_UPDATE = 2000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final BoardBook book;
    private final AuditLog audit;
    private final Clock clock;

    ActionsController(BoardBook book, AuditLog audit, Clock clock) {
        this.book = book;
        this.audit = audit;
        this.clock = clock;
    }

    /** Earliest due first (the log's own order), or by action, owner or status. */
    static final Sorting<BoardAction> COLUMNS = Sorting
            .by("due", Comparator.comparing(BoardAction::dueOn))
            .and("action", Comparator.comparing((BoardAction a) -> a.description().toLowerCase(java.util.Locale.ROOT)))
            .and("owner", Comparator.comparing((BoardAction a) -> a.owner().toLowerCase(java.util.Locale.ROOT)))
            .and("status", Comparator.comparing((BoardAction a) -> a.status().label()));

    @GetMapping("/board/actions")
    String actions(@RequestParam(required = false) @Nullable String show,
            @RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String order,
            @RequestParam(required = false) @Nullable String page, Model model) {
        var today = LocalDate.now(clock);
        boolean all = "all".equals(show);
        var actions = book.actions().stream().filter(a -> all || !a.status().closed()).toList();
        var list = COLUMNS.page(actions, sort, order, page, "/board/actions", all ? Map.of("show", "all") : Map.of());
        model.addAttribute("list", list);
        model.addAttribute("actions", actions);
        model.addAttribute("all", all);
        model.addAttribute("today", today);
        model.addAttribute("overdue", actions.stream().filter(a -> a.overdueOn(today)).count());
        model.addAttribute("meetings", book.meetings().stream().collect(Collectors.toMap(Meeting::id, Meeting::title)));
        return "board/actions";
    }

    /** The whole log as the page shows it (open actions, or all with {@code show=all}), in the page's order. */
    @GetMapping("/board/actions.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) @Nullable String show,
            @RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String order) {
        var today = LocalDate.now(clock);
        boolean all = "all".equals(show);
        var meetings = book.meetings().stream().collect(Collectors.toMap(Meeting::id, Meeting::title));
        var actions = COLUMNS.sorted(book.actions().stream().filter(a -> all || !a.status().closed()).toList(), sort, order);
        var rows = actions.stream().map(a -> List.of(String.valueOf(a.id()), meetings.getOrDefault(a.meetingId(), ""),
                a.description(), a.owner(), a.dueOn().toString(), a.status().label(), a.overdueOn(today) ? "Yes" : "No",
                a.latestUpdate() == null ? "" : a.latestUpdate())).toList();
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"board-actions.csv\"")
                .body(CsvTable.of(List.of("Action", "Meeting", "Description", "Owner", "Due", "Status", "Overdue",
                        "Latest update"), rows));
    }

    @GetMapping("/board/actions/{id}")
    String form(@PathVariable String id, Model model) {
        var action = find(id);
        var values = new LinkedHashMap<String, String>();
        values.put("status", action.status().name());
        values.put("update", action.latestUpdate() == null ? "" : action.latestUpdate());
        values.put("due-day", "" + action.dueOn().getDayOfMonth());
        values.put("due-month", "" + action.dueOn().getMonthValue());
        values.put("due-year", "" + action.dueOn().getYear());
        return form(model, action, values, Map.of(), action.version());
    }

    @PostMapping("/board/actions/{id}")
    @Transactional
    String save(@AuthenticationPrincipal PromiseUser user, @PathVariable String id,
            @RequestParam Map<String, String> params, Model model) {
        var action = find(id);
        var errors = new LinkedHashMap<String, String>();
        var status = status(params.get("status"), errors);
        var due = date(params, errors);
        String update = params.getOrDefault("update", "").strip();
        if (update.length() > MAX_UPDATE) {
            errors.put("update", "The update must be " + MAX_UPDATE + " characters or fewer");
        }
        int version = version(params.get("version"));
        if (errors.isEmpty() && !book.updateAction(action.id(), version, status, due, update, user.username())) {
            var now = find(id);
            new StaleEdit(now.version())
                    .compare("Where the action stands", now.status().label(), status == null ? "" : status.label())
                    .compare("Due date", day(now.dueOn()), day(due))
                    .compare("Latest update", now.latestUpdate(), update)
                    .show(model, errors, "status");
            return form(model, now, new LinkedHashMap<>(params), errors, now.version());
        }
        if (!errors.isEmpty()) {
            return form(model, action, new LinkedHashMap<>(params), errors, version);
        }
        audit.record(AuditLog.Action.EDIT_REPORT, null, "board action " + action.id() + ": " + status.label()
                + ", due " + due + (update.isEmpty() ? "" : ", update of " + update.length() + " characters"));
        return "redirect:/board/actions#action-" + action.id();
    }

    private String form(Model model, BoardAction action, Map<String, String> values, Map<String, String> errors,
            int version) {
        model.addAttribute("action", action);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("version", version);
        model.addAttribute("statuses", BoardAction.Status.values());
        return "board/action";
    }

    private BoardAction find(String id) {
        return book.action(MeetingsController.number(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No action " + id));
    }

    private static BoardAction.@Nullable Status status(@Nullable String text, Map<String, String> errors) {
        try {
            return BoardAction.Status.valueOf(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            errors.put("status", "Choose where the action stands");
            return null;
        }
    }

    private static @Nullable LocalDate date(Map<String, String> p, Map<String, String> errors) {
        try {
            return LocalDate.of(Integer.parseInt(p.getOrDefault("due-year", "").strip()),
                    Integer.parseInt(p.getOrDefault("due-month", "").strip()),
                    Integer.parseInt(p.getOrDefault("due-day", "").strip()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            errors.put("due", "Enter the due date as a real date, for example 27 3 2027");
            return null;
        }
    }

    private static int version(@Nullable String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form has no version: open the action again");
        }
    }

    private static String day(@Nullable LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }
}
