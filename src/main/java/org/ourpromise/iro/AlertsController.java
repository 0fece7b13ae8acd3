package org.ourpromise.iro;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.lists.Sorting;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.record.Allocation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The list of quality assurance alerts (filtered by team, IRO, category, kind and stage), the alerts sent to a
 * worker or their team, and the form an IRO raises one with. Every list and change is audited.
 */
@Controller
class AlertsController {

    private static final String CHILD_ID = "[A-Za-z0-9-]{1,40}";

    private final QaAlerts alerts;
    private final AlertAccess access;
    private final ChildRegister children;
    private final UserAccounts users;
    private final AuditLog audit;
    private final org.ourpromise.staff.StaffDirectory staff;

    AlertsController(QaAlerts alerts, AlertAccess access, ChildRegister children, UserAccounts users, AuditLog audit,
            org.ourpromise.staff.StaffDirectory staff) {
        this.staff = staff;
        this.alerts = alerts;
        this.access = access;
        this.children = children;
        this.users = users;
        this.audit = audit;
    }

    /** The filter form's fields, kept in the sort and page links. */
    private static final java.util.Set<String> FILTERS = java.util.Set.of("team", "iro", "category", "kind", "stage",
            "status");

    /** Newest first (the list's own order), or by child, kind of alert or status. */
    static final Sorting<QaAlert> COLUMNS = Sorting
            .byDescending("raised", java.util.Comparator.comparing(QaAlert::raised))
            .and("child", java.util.Comparator.comparing((QaAlert a) -> a.childName().toLowerCase(java.util.Locale.ROOT)))
            .and("alert", java.util.Comparator.comparing((QaAlert a) -> a.kind().words()))
            .and("status", java.util.Comparator.comparing((QaAlert a) -> a.status().words()));

    @GetMapping("/iro/alerts")
    @Transactional
    String list(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params, Model model) {
        var errors = new LinkedHashMap<String, String>();
        var filter = access.scope(user, AlertFilters.read(params, alerts.categories(), users.teamIds(), errors));
        var everyone = alerts.list(access.scope(user, AlertFilter.all()));
        var shown = alerts.list(filter).stream().filter(a -> access.onList(user, a)).toList();
        var keep = new LinkedHashMap<String, String>(params);
        keep.keySet().removeIf(k -> !FILTERS.contains(k));
        var list = COLUMNS.page(shown, params.get("sort"), params.get("order"), params.get("page"), "/iro/alerts", keep);
        audit.recordShown(AuditLog.Action.VIEW_REPORT, list.items().stream().map(QaAlert::childId).toList(),
                "viewed quality assurance alerts " + keep + ": " + shown.size() + " alerts, " + list.items().size()
                + " shown");
        model.addAttribute("list", list);
        model.addAttribute("alerts", list.items());
        model.addAttribute("summary", AlertSummary.of(shown, alerts.today()));
        model.addAttribute("values", params);
        model.addAttribute("errors", errors);
        model.addAttribute("teams", users.teamIds());
        model.addAttribute("iros", iros(everyone));
        model.addAttribute("categories", AlertForm.categoryChoices(alerts.categories()));
        model.addAttribute("stageNames", stageNames());
        model.addAttribute("today", alerts.today());
        model.addAttribute("heading", "Quality assurance alerts");
        return "iro/alerts";
    }

    @GetMapping("/iro/alerts/addressed")
    @Transactional
    String addressed(@AuthenticationPrincipal PromiseUser user, Model model) {
        var filter = user.workerId() != null ? AlertFilter.all().withAddressedWorker(user.workerId())
                : AlertFilter.all().withTeam(user.teamId() == null ? "-" : user.teamId());
        var shown = alerts.list(filter).stream().filter(a -> access.isAddressedTo(user, a)).toList();
        audit.recordShown(AuditLog.Action.VIEW_REPORT, shown.stream().map(QaAlert::childId).toList(),
                "viewed the alerts sent to them: " + shown.size() + " alerts");
        model.addAttribute("alerts", shown);
        model.addAttribute("summary", AlertSummary.of(shown, alerts.today()));
        model.addAttribute("today", alerts.today());
        model.addAttribute("heading", "Alerts sent to you");
        model.addAttribute("errors", Map.of());
        return "iro/addressed";
    }

    @GetMapping("/iro/alerts/new")
    @Transactional
    String newAlert(@AuthenticationPrincipal PromiseUser user, @RequestParam(required = false) @Nullable String child,
            Model model) {
        var values = new HashMap<String, String>();
        var today = alerts.today();
        values.put("raised-day", String.valueOf(today.getDayOfMonth()));
        values.put("raised-month", String.valueOf(today.getMonthValue()));
        values.put("raised-year", String.valueOf(today.getYear()));
        if (child != null && child.matches(CHILD_ID) && access.mayRaiseOn(user, child)) {
            values.put("child", child);
            // addressed by default to the child's social worker and their team today
            var worker = children.allocations(child).getOrDefault(child, List.of()).stream()
                    .filter(a -> a.role() == Allocation.Role.SOCIAL_WORKER && a.isCurrentOn(today)).findFirst();
            worker.ifPresent(a -> {
                values.put("team", a.team());
                values.put("worker", a.workerId());
            });
            audit.record(AuditLog.Action.VIEW_RECORD, child, "opened the form to raise a quality assurance alert");
        }
        return form(model, values, Map.of());
    }

    @PostMapping("/iro/alerts/new")
    @Transactional
    String raise(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params, Model model) {
        String childId = params.getOrDefault("child", "").strip();
        var child = childId.matches(CHILD_ID) && access.mayRaiseOn(user, childId) ? children.find(childId)
                : java.util.Optional.<ChildRegister.RegisteredChild>empty();
        var read = AlertForm.read(params, childId, child.map(c -> c.identity().dateOfBirth()).orElse(java.time.LocalDate.MIN),
                alerts.today(), alerts.categories(), users.teamIds(), alerts);
        var errors = new LinkedHashMap<String, String>();
        if (child.isEmpty()) {
            errors.put("child", childId.isEmpty() ? "Enter the child's ID"
                    : "There is no child with the ID " + childId + " whose record you may open");
        }
        errors.putAll(read.errors());
        if (!errors.isEmpty()) {
            return form(model, params, errors);
        }
        long id = alerts.raise(read.alert(), user.username(), user.displayName());
        audit.record(AuditLog.Action.RECORD_EVENT, childId, "raised quality assurance alert " + id + " ("
                + read.alert().kind().words() + ") for team " + read.alert().team());
        return "redirect:/iro/alerts/" + id;
    }

    private String form(Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", AlertForm.categoryChoices(alerts.categories()));
        var teams = new LinkedHashMap<String, String>();
        users.teamIds().forEach(t -> teams.put(t, users.teamName(t)));
        model.addAttribute("teams", teams);
        model.addAttribute("responseDays", alerts.settings().alertResponseDays());
        // social workers in post, by name (the worker's code is the value sent, never shown)
        var workers = new LinkedHashMap<String, String>();
        staff.all().stream().filter(m -> m.role() == org.ourpromise.staff.StaffRole.SOCIAL_WORKER
                && m.inPostOn(alerts.today())).sorted(java.util.Comparator.comparing(
                        org.ourpromise.staff.StaffMember::name)).forEach(m -> workers.put(m.workerId(), m.name()
                        + " (" + users.teamName(m.team()) + ")"));
        model.addAttribute("socialWorkers", workers);
        var kinds = new LinkedHashMap<String, String>();
        kinds.put(AlertKind.GOOD_PRACTICE.name(), "Good practice");
        kinds.put(AlertKind.CONCERN.name(), "A concern");
        model.addAttribute("kindChoices", kinds);
        model.addAttribute("kindHints", Map.of(AlertKind.GOOD_PRACTICE.name(),
                "Sent to the worker and their manager; no answer needed", AlertKind.CONCERN.name(),
                "The team must answer by the response date"));
        return "iro/new";
    }

    private Map<String, String> stageNames() {
        var names = new LinkedHashMap<String, String>();
        for (var s : EscalationStage.values()) {
            names.put(s.name(), alerts.settings().name(s));
        }
        return names;
    }

    /** The IROs who have raised alerts, by username, for the filter. */
    private static Map<String, String> iros(List<QaAlert> all) {
        var iros = new TreeMap<String, String>();
        all.forEach(a -> iros.put(a.raisedBy(), a.raisedByName()));
        return iros;
    }

    static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, what);
    }
}
