package org.ourpromise.permanence;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.lists.Sorting;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.children.ChildRegister;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
 * The permanence tracker with its drift list (and CSV) for managers and the performance team, and each child's
 * plan: recorded, changed and marked achieved. Every list and view is audited with the children shown.
 */
@Controller
class PermanenceController {

    private static final String CHILD_ID = "[A-Za-z0-9-]{1,40}";

    private final PermanenceTracker tracker;
    private final PermanenceStore store;
    private final ChildRegister children;
    private final ChildAccess access;
    private final AuditLog audit;

    PermanenceController(PermanenceTracker tracker, PermanenceStore store, ChildRegister children, ChildAccess access,
            AuditLog audit) {
        this.tracker = tracker;
        this.store = store;
        this.children = children;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/permanence")
    @Transactional
    String tracker(@AuthenticationPrincipal PromiseUser user, @RequestParam(required = false) @Nullable String drift,
            @RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String order,
            @RequestParam(required = false) @Nullable String page, Model model) {
        boolean driftOnly = "yes".equals(drift);
        var all = tracker.tracked(access.visibleChildren(user), tracker.today());
        var list = COLUMNS.page(driftOnly ? all.stream().filter(TrackedChild::drifting).toList() : all, sort, order, page,
                "/permanence", driftOnly ? Map.of("drift", "yes") : Map.of());
        var rows = list.items();
        audit.recordShown(AuditLog.Action.VIEW_REPORT, rows.stream().map(TrackedChild::childId).toList(), "permanence tracker" + (driftOnly ? " (drift list)" : "")
                + ": " + list.total() + " children, " + rows.size() + " listed " + ids(rows));
        model.addAttribute("list", list);
        model.addAttribute("rows", rows);
        model.addAttribute("driftOnly", driftOnly);
        model.addAttribute("inCare", all.size());
        model.addAttribute("withPlan", all.stream().filter(t -> t.plan() != null).count());
        model.addAttribute("agreed", all.stream().filter(t -> t.latestDecision() != null
                && t.latestDecision().decision() == PanelDecision.AGREED).count());
        model.addAttribute("achieved", all.stream().filter(TrackedChild::achieved).count());
        model.addAttribute("drifting", all.stream().filter(TrackedChild::drifting).count());
        model.addAttribute("words", new PermanenceWords(tracker.settings()));
        model.addAttribute("today", tracker.today());
        return "permanence/tracker";
    }

    /** Drifting first (the tracker's own order), or by child, plan set (oldest first), panel decision or achieved. */
    static final Sorting<TrackedChild> COLUMNS = Sorting
            .by("drift", Comparator.comparing((TrackedChild t) -> !t.drifting()))
            .and("child", Comparator.comparing((TrackedChild t) -> t.facts().name().toLowerCase(java.util.Locale.ROOT)))
            .and("plan", Comparator.comparing((TrackedChild t) -> t.plan() == null ? null : t.plan().setOn(),
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())))
            .andDescending("panel", Comparator.comparing(
                    (TrackedChild t) -> t.latestDecision() == null ? null : t.latestDecision().meetsOn(),
                    Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())))
            .andDescending("achieved", Comparator.comparing(TrackedChild::achieved));

    @GetMapping("/permanence.csv")
    @Transactional
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal PromiseUser user,
            @RequestParam(required = false) @Nullable String drift, @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order) {
        boolean driftOnly = "yes".equals(drift);
        var rows = COLUMNS.sorted(tracker.tracked(access.visibleChildren(user), tracker.today()).stream()
                .filter(t -> !driftOnly || t.drifting()).toList(), sort, order);
        audit.recordShown(AuditLog.Action.EXPORT, rows.stream().map(TrackedChild::childId).toList(), "permanence tracker CSV" + (driftOnly ? " (drift list)" : "")
                + ": " + rows.size() + " children " + ids(rows));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"permanence"
                        + (driftOnly ? "-drift-" : "-") + tracker.today() + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(PermanenceCsv.of(rows, new PermanenceWords(tracker.settings())).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/permanence/children/{childId}")
    @Transactional
    String child(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String plan, Model model) {
        var child = visible(user, childId);
        audit.record(AuditLog.Action.VIEW_RECORD, childId, "viewed permanence plan");
        var current = store.currentPlans(childId).get(childId);
        boolean fresh = "new".equals(plan) || current == null;
        return page(model, child, fresh ? new HashMap<>() : PlanForm.values(current), Map.of(), fresh);
    }

    @PostMapping("/permanence/children/{childId}")
    @Transactional
    String save(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        var child = visible(user, childId);
        var current = store.currentPlans(childId).get(childId);
        boolean fresh = "new".equals(params.get("planId")) || current == null;
        var read = PlanForm.read(params, childId, fresh ? null : current, child.identity().dateOfBirth(),
                tracker.today());
        if (read.plan() == null) {
            audit.record(AuditLog.Action.VIEW_RECORD, childId, "viewed permanence plan (not saved: "
                    + read.errors().size() + " problems)");
            return page(model, child, params, read.errors(), fresh);
        }
        var p = read.plan();
        if (fresh) {
            store.addPlan(childId, p.option(), p.setOn(), p.achievedOn(), p.achievedHow(), user.username());
        } else if (!store.updatePlan(p, user.username())) {
            return stale(model, child, params, store.currentPlans(childId).get(childId), p);
        }
        audit.record(AuditLog.Action.RECORD_EVENT, childId, (fresh ? "recorded permanence plan " : "changed permanence plan ")
                + p.option().words() + " set " + p.setOn() + (p.achievedOn() == null ? "" : ", achieved " + p.achievedOn()));
        return "redirect:/permanence/children/" + childId;
    }

    /** Someone else saved the plan first: nothing is saved; what is saved now beside the user's entries. */
    private String stale(Model model, ChildRegister.RegisteredChild child, Map<String, String> params,
            PermanencePlan now, PermanencePlan yours) {
        var values = new HashMap<String, String>(params);
        values.put("version", String.valueOf(now.version()));
        var errors = new java.util.LinkedHashMap<String, String>();
        new StaleEdit(now.version()).compare("Permanence plan", now.option().words(), yours.option().words())
                .compare("Date the plan was set", day(now.setOn()), day(yours.setOn()))
                .compare("Date permanence was achieved", day(now.achievedOn()), day(yours.achievedOn()))
                .compare("How permanence was achieved", now.achievedHow() == null ? "" : now.achievedHow().words(),
                        yours.achievedHow() == null ? "" : yours.achievedHow().words())
                .show(model, errors, "plan");
        return page(model, child, values, errors, false);
    }

    static String day(java.time.@Nullable LocalDate date) {
        return date == null ? "" : date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.UK));
    }

    private ChildRegister.RegisteredChild visible(PromiseUser user, String childId) {
        if (!childId.matches(CHILD_ID)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No child " + childId);
        }
        if (!access.canView(user, childId)) {
            throw new AccessDeniedException("child " + childId + " is outside " + user.username() + "'s scope");
        }
        return children.find(childId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No child " + childId));
    }

    private String page(Model model, ChildRegister.RegisteredChild child, Map<String, String> values,
            Map<String, String> errors, boolean fresh) {
        String id = child.childId();
        model.addAttribute("child", child);
        model.addAttribute("tracked", tracker.tracked(id, tracker.today()).orElse(null));
        model.addAttribute("plans", store.plans(id));
        model.addAttribute("outcomes", store.outcomes(id).getOrDefault(id, java.util.List.of()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("fresh", fresh);
        model.addAttribute("planChoices", PlanForm.planChoices());
        model.addAttribute("achievementChoices", PlanForm.achievementChoices());
        model.addAttribute("noHints", Map.of());
        model.addAttribute("words", new PermanenceWords(tracker.settings()));
        return "permanence/child";
    }

    static String ids(java.util.List<TrackedChild> rows) {
        var shown = rows.stream().map(TrackedChild::childId).limit(30).toList();
        return shown.toString() + (rows.size() > shown.size() ? " and " + (rows.size() - shown.size()) + " more" : "");
    }
}
