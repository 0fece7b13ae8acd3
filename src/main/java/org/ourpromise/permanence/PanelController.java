package org.ourpromise.permanence;

import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.StaleEdit;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;

import org.ourpromise.children.ChildRegister;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.lists.Sorting;
import org.springframework.http.HttpStatus;
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
 * Permanence Panel meetings: arranged with their chair, an agenda of the children to be presented, the decision
 * for each child once the panel has met, and the panel's figures for a year (agreed, not agreed, achieved, time
 * to achieve). Every change is audited against the child.
 */
@Controller
class PanelController {

    private final PermanenceStore store;
    private final PermanenceTracker tracker;
    private final ChildRegister children;
    private final ChildAccess access;
    private final AuditLog audit;

    PanelController(PermanenceStore store, PermanenceTracker tracker, ChildRegister children, ChildAccess access,
            AuditLog audit) {
        this.store = store;
        this.tracker = tracker;
        this.children = children;
        this.access = access;
        this.audit = audit;
    }

    /** The meetings: latest first, or by chair. */
    static final Sorting<PermanenceStore.Panel> PANEL_COLUMNS = Sorting
            .byDescending("date", Comparator.comparing(PermanenceStore.Panel::meetsOn)
                    .thenComparing(PermanenceStore.Panel::id))
            .and("chair", Comparator.comparing((PermanenceStore.Panel p) -> p.chair().toLowerCase(Locale.UK)));

    @GetMapping("/permanence/panels")
    String panels(@RequestParam(required = false) @Nullable String year, @RequestParam Map<String, String> params,
            Model model) {
        return list(model, year, params, new HashMap<>(), Map.of());
    }

    /** Every meeting, in the page's order, as CSV. No child is named; audited as an export all the same. */
    @GetMapping("/permanence/panels.csv")
    @Transactional
    ResponseEntity<byte[]> csv(@RequestParam Map<String, String> params) {
        var rows = PANEL_COLUMNS.sorted(store.panels(), params.get("sort"), params.get("order")).stream()
                .map(p -> List.of(p.meetsOn().toString(), p.chair())).toList();
        audit.recordShown(AuditLog.Action.EXPORT, List.of(), "Permanence Panel meetings CSV: " + rows.size()
                + " meetings");
        return CsvTable.download("permanence-panels", List.of("Date", "Chair"), rows);
    }

    @PostMapping("/permanence/panels")
    @Transactional
    String arrange(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params, Model model) {
        var in = new FormInput(params);
        // a meeting is arranged ahead: any real date will do; decisions wait until it has met
        var meetsOn = in.date("meetsOn", "date of the meeting", true, LocalDate.MAX);
        var chair = in.text("chair", 100);
        if (chair == null && !in.errors().containsKey("chair")) {
            in.error("chair", "Enter the name of the panel's chair");
        }
        if (in.hasErrors()) {
            return list(model, null, Map.of(), params, in.errors());
        }
        long id = store.addPanel(meetsOn, chair, user.username());
        audit.record(AuditLog.Action.RECORD_EVENT, null, "arranged Permanence Panel " + id + " on " + meetsOn);
        return "redirect:/permanence/panels/" + id;
    }

    @GetMapping("/permanence/panels/{id}")
    @Transactional
    String panel(@AuthenticationPrincipal PromiseUser user, @PathVariable String id, Model model) {
        return show(user, find(id), model, new HashMap<>(), Map.of());
    }

    @PostMapping("/permanence/panels/{id}/children")
    @Transactional
    String present(@AuthenticationPrincipal PromiseUser user, @PathVariable String id,
            @RequestParam Map<String, String> params, Model model) {
        var panel = find(id);
        String childId = params.getOrDefault("child", "").strip();
        String problem = null;
        if (childId.isEmpty()) {
            problem = "Enter the child's ID";
        } else if (!childId.matches("[A-Za-z0-9-]{1,40}") || !children.exists(childId)
                || !access.canView(user, childId)) {
            problem = "There is no child with the ID " + childId + " that you may see";
        } else if (!store.present(panel.id(), childId)) {
            problem = "The child " + childId + " is on this meeting's agenda already";
        }
        if (problem != null) {
            return show(user, panel, model, params, Map.of("child", problem));
        }
        audit.record(AuditLog.Action.RECORD_EVENT, childId, "put on the agenda of Permanence Panel " + panel.id()
                + " on " + panel.meetsOn());
        return "redirect:/permanence/panels/" + panel.id();
    }

    @PostMapping("/permanence/panels/{id}/decisions")
    @Transactional
    String decide(@AuthenticationPrincipal PromiseUser user, @PathVariable String id,
            @RequestParam Map<String, String> params, Model model) {
        var panel = find(id);
        var in = new FormInput(params);
        String childId = in.raw("child");
        var item = store.agenda(panel.id()).stream().filter(i -> i.childId().equals(childId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Not on the agenda"));
        String field = "decision-" + childId;
        var decision = in.choice("decision", EnumSet.allOf(PanelDecision.class), "Select the panel's decision for " + childId);
        var note = in.text("note", 500);
        if (panel.meetsOn().isAfter(tracker.today())) {
            in.error("decision", "The panel meets on " + panel.meetsOn() + ": record decisions once it has met");
        }
        var errors = new LinkedHashMap<String, String>();
        in.errors().forEach((k, v) -> errors.put(field, v));
        if (errors.isEmpty() && !store.decide(panel.id(), childId, decision, note, version(in))) {
            var now = store.agenda(panel.id()).stream().filter(i -> i.childId().equals(childId)).findFirst().orElse(item);
            new StaleEdit(now.version())
                    .compare("The panel's decision", now.decision() == null ? "" : now.decision().words(), decision.words())
                    .compare("Note", now.note(), note).show(model, errors, field);
        }
        if (!errors.isEmpty()) {
            return show(user, panel, model, params, errors);
        }
        audit.record(AuditLog.Action.RECORD_EVENT, childId, "Permanence Panel " + panel.id() + " on " + panel.meetsOn()
                + ": " + decision.words());
        return "redirect:/permanence/panels/" + panel.id();
    }

    private static int version(FormInput in) {
        String v = in.raw("version");
        return v.matches("\\d{1,9}") ? Integer.parseInt(v) : -1;
    }

    private PermanenceStore.Panel find(String id) {
        if (!id.matches("\\d{1,12}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No panel " + id);
        }
        return store.panel(Long.parseLong(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No panel " + id));
    }

    private String show(PromiseUser user, PermanenceStore.Panel panel, Model model, Map<String, String> values,
            Map<String, String> errors) {
        var agenda = store.agenda(panel.id()).stream().filter(i -> access.canView(user, i.childId())).toList();
        var names = new HashMap<String, String>();
        agenda.forEach(i -> children.find(i.childId()).ifPresent(c -> names.put(i.childId(),
                c.identity().givenName() + " " + c.identity().familyName())));
        audit.recordShown(AuditLog.Action.VIEW_REPORT, agenda.stream().map(PermanenceStore.AgendaItem::childId).toList(),
                "Permanence Panel " + panel.id() + " agenda: "
                + agenda.stream().map(PermanenceStore.AgendaItem::childId).limit(30).toList());
        model.addAttribute("panel", panel);
        model.addAttribute("agenda", agenda);
        model.addAttribute("names", names);
        model.addAttribute("met", !panel.meetsOn().isAfter(tracker.today()));
        model.addAttribute("decisions", PanelDecision.values());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "permanence/panel";
    }

    private String list(Model model, @Nullable String year, Map<String, String> params, Map<String, String> values,
            Map<String, String> errors) {
        var today = tracker.today();
        int current = today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear();
        int y = year != null && year.matches("20\\d\\d") ? Integer.parseInt(year) : current;
        model.addAttribute("list", PANEL_COLUMNS.page(store.panels(), params.get("sort"), params.get("order"),
                params.get("page"), "/permanence/panels", Map.of("year", y)));
        model.addAttribute("figures", tracker.figures(y));
        model.addAttribute("year", y);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(current - 4, current).boxed().toList());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "permanence/panels";
    }
}
