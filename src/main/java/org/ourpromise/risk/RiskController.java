package org.ourpromise.risk;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.lists.Sorting;
import org.ourpromise.children.ChildRegister;
import org.springframework.http.HttpHeaders;
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

/**
 * Children at risk for managers: the list (and CSV) of children at risk of exploitation, on a high-risk panel or
 * missing repeatedly; each child's assessments, with forms to record one, a high-risk panel place or a missing
 * panel review. A risk level not in the council's list is refused and nothing is saved.
 */
@Controller
class RiskController {

    static final Map<String, String> KINDS = Map.of("CSE", "Child sexual exploitation", "CCE",
            "Child criminal exploitation");
    static final Map<String, String> REFERRALS = Map.of("HUB", "The exploitation hub", "PANEL", "The exploitation panel");
    static final Map<String, String> PANELS = Map.of("CHILDREN_IN_CARE", "High-risk panel for children in care",
            "CARE_LEAVERS", "High-risk panel for care leavers");

    private final ChildrenAtRisk atRisk;
    private final RiskRegister register;
    private final RiskChildPage childPage;
    private final ChildAccess access;
    private final AuditLog audit;

    RiskController(ChildrenAtRisk atRisk, RiskRegister register, RiskChildPage childPage, ChildAccess access,
            AuditLog audit) {
        this.atRisk = atRisk;
        this.register = register;
        this.childPage = childPage;
        this.access = access;
        this.audit = audit;
    }

    /** High risk first, then missing repeatedly (the register's own order); or by child, either risk, or missing. */
    static final Sorting<ChildrenAtRisk.Row> COLUMNS = Sorting.<ChildrenAtRisk.Row>by("risk", (a, b) -> 0)
            .and("child", Comparator.comparing((ChildrenAtRisk.Row r) -> r.name().toLowerCase(java.util.Locale.ROOT)))
            .andDescending("sexual", Comparator.comparingInt((ChildrenAtRisk.Row r) -> level(r.sexual())))
            .andDescending("criminal", Comparator.comparingInt((ChildrenAtRisk.Row r) -> level(r.criminal())))
            .andDescending("missing", Comparator.comparingLong(ChildrenAtRisk.Row::missingInWindow));

    private static int level(RiskRegister.@Nullable Assessment a) {
        return a == null ? -1 : a.level().ordinal();
    }

    @GetMapping("/risk")
    @Transactional
    String list(@AuthenticationPrincipal PromiseUser user, @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order, @RequestParam(required = false) @Nullable String page,
            Model model) {
        var day = atRisk.today();
        var rows = atRisk.on(day, access.visibleChildren(user));
        var list = COLUMNS.page(rows, sort, order, page, "/risk", Map.of());
        audit.recordShown(AuditLog.Action.VIEW_REPORT, list.items().stream().map(ChildrenAtRisk.Row::childId).toList(),
                "children at risk: " + rows.size() + " children, " + list.items().size() + " listed");
        model.addAttribute("list", list);
        model.addAttribute("rows", rows);
        model.addAttribute("today", day);
        model.addAttribute("windowStart", day.minusDays(atRisk.threshold().days() - 1L));
        model.addAttribute("threshold", atRisk.threshold());
        model.addAttribute("high", rows.stream().filter(ChildrenAtRisk.Row::high).count());
        model.addAttribute("onPanel", rows.stream().filter(r -> !r.panels().isEmpty()).count());
        model.addAttribute("repeat", rows.stream().filter(ChildrenAtRisk.Row::repeatMissing).count());
        model.addAttribute("panels", PANELS);
        return "risk/list";
    }

    @GetMapping("/risk.csv")
    @Transactional
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal PromiseUser user,
            @RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String order) {
        var day = atRisk.today();
        var rows = COLUMNS.sorted(atRisk.on(day, access.visibleChildren(user)), sort, order);
        audit.recordShown(AuditLog.Action.EXPORT, rows.stream().map(ChildrenAtRisk.Row::childId).toList(),
                "children at risk CSV: " + rows.size() + " children");
        var out = new StringBuilder();
        CsvTable.line(out, List.of("Child ID", "Name", "CSE risk", "CSE assessed", "CCE risk", "CCE assessed",
                "High-risk panels", "Missing episodes in window", "Missing repeatedly", "Last missing panel review"));
        for (var r : rows) {
            CsvTable.line(out, List.of(r.childId(), r.name(), r.sexual() == null ? "" : r.sexual().level().words(),
                    r.sexual() == null ? "" : r.sexual().assessedOn().toString(),
                    r.criminal() == null ? "" : r.criminal().level().words(),
                    r.criminal() == null ? "" : r.criminal().assessedOn().toString(),
                    String.join("; ", r.panels().stream().map(PANELS::get).toList()),
                    String.valueOf(r.missingInWindow()), r.repeatMissing() ? "Yes" : "No",
                    r.lastMissingPanel() == null ? "" : r.lastMissingPanel().toString()));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"children-at-risk-" + day + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/risk/children/{childId}")
    @Transactional
    String child(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        return page(user, childId, model, new HashMap<>(), Map.of());
    }

    @PostMapping("/risk/children/{childId}")
    @Transactional
    String assess(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        var child = visible(user, childId);
        var in = new FormInput(params);
        String kind = in.raw("kind");
        if (!KINDS.containsKey(kind)) {
            in.error("kind", "Select whether the risk is of sexual or criminal exploitation");
        }
        var level = in.choice("level", EnumSet.allOf(RiskLevel.class), "Select the level of risk: none, low, medium or high");
        var on = in.date("assessedOn", "date of the assessment", true, atRisk.today());
        if (on != null && on.isBefore(child.identity().dateOfBirth())) {
            in.error("assessedOn", "The date of the assessment must be on or after the child's date of birth");
        }
        var by = in.text("assessedBy", 100);
        if (by == null && !in.errors().containsKey("assessedBy")) {
            in.error("assessedBy", "Enter who made the assessment");
        }
        String referred = in.raw("referredTo");
        if (!referred.isEmpty() && !REFERRALS.containsKey(referred)) {
            in.error("referredTo", "Select where the child was referred, or nowhere");
        }
        if (in.hasErrors()) {
            return page(user, childId, model, params, in.errors());
        }
        register.assess(new RiskRegister.Assessment(childId, kind, level, on, by, referred.isEmpty() ? null : referred),
                user.username());
        audit.record(AuditLog.Action.RECORD_EVENT, childId, kind + " risk " + level.words() + " assessed " + on
                + (referred.isEmpty() ? "" : ", referred to " + REFERRALS.get(referred).toLowerCase(java.util.Locale.ROOT)));
        return "redirect:/risk/children/" + childId;
    }

    @PostMapping("/risk/children/{childId}/panel")
    @Transactional
    String panel(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        visible(user, childId);
        var in = new FormInput(params);
        String panel = in.raw("panel");
        if (!PANELS.containsKey(panel)) {
            in.error("panel", "Select the high-risk panel");
        }
        var on = in.date("addedOn", "date the child was added to the panel", true, atRisk.today());
        var actions = in.text("actions", 500);
        if (in.hasErrors()) {
            return page(user, childId, model, params, in.errors());
        }
        register.addMembership(childId, panel, on, actions, user.username());
        audit.record(AuditLog.Action.RECORD_EVENT, childId, "added to the " + PANELS.get(panel).toLowerCase(java.util.Locale.ROOT));
        return "redirect:/risk/children/" + childId;
    }

    @PostMapping("/risk/children/{childId}/missing-panel")
    @Transactional
    String missingPanel(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        visible(user, childId);
        var in = new FormInput(params);
        var on = in.date("reviewedOn", "date of the missing panel review", true, atRisk.today());
        var actions = in.text("reviewActions", 500);
        if (in.hasErrors()) {
            return page(user, childId, model, params, in.errors());
        }
        register.missingPanelReview(childId, on, actions, user.username());
        audit.record(AuditLog.Action.RECORD_EVENT, childId, "missing panel review " + on);
        return "redirect:/risk/children/" + childId;
    }

    private ChildRegister.RegisteredChild visible(PromiseUser user, String childId) {
        return childPage.visible(user, childId);
    }

    private String page(PromiseUser user, String childId, Model model, Map<String, String> values,
            Map<String, String> errors) {
        return childPage.show(user, childId, model, values, errors);
    }
}
