package org.ourpromise.health;

import java.util.LinkedHashMap;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The looked-after children's nurse's page: health deadlines out of date or due in the next 28 days, and how many
 * of each kind are out of date. The children shown are audited.
 */
@Controller
class HealthController {

    static final int DUE_WITHIN_DAYS = 28;

    private final HealthWorklist worklist;
    private final HealthServiceData services;
    private final AuditLog audit;
    private final ChildAccess access;

    HealthController(HealthWorklist worklist, HealthServiceData services, AuditLog audit, ChildAccess access) {
        this.worklist = worklist;
        this.services = services;
        this.audit = audit;
        this.access = access;
    }

    @GetMapping("/health")
    @Transactional
    String page(@AuthenticationPrincipal PromiseUser user,
            @org.springframework.web.bind.annotation.RequestParam java.util.Map<String, String> params, Model model) {
        var today = worklist.today();
        var open = worklist.open();
        // restricted records not open to the nurse are listed as "Restricted" with the child's id only
        var hidden = access.restrictedRecordsHiddenFrom(user);
        var listed = HealthLists.listed(open, today);
        var shown = listed.stream().filter(l -> !hidden.contains(l.childId())).toList();
        var overdueByRule = new LinkedHashMap<String, Long>();
        for (var rule : HealthWorklist.HEALTH_RULES) {
            overdueByRule.put(rule.description(), open.stream().filter(l -> l.item().rule() == rule)
                    .filter(HealthWorklist.Line::overdue).count());
        }
        // health summaries due before the 18th birthday: the nurse's items too
        // (restricted ones are listed as restricted, so the count is the home page's)
        var summaries = worklist.summariesDue();
        var ids = new java.util.ArrayList<>(shown.stream().map(HealthWorklist.Line::childId).toList());
        summaries.stream().filter(s -> !hidden.contains(s.childId())).forEach(s -> ids.add(s.childId()));
        audit.recordShown(AuditLog.Action.VIEW_REPORT, ids.stream().distinct().toList(),
                "viewed the health worklist: " + shown.size() + " items, " + summaries.size() + " health summaries due");
        model.addAttribute("summaries", summaries);
        model.addAttribute("figures", HealthFiguresController.figures(services.yearToDate(today)));
        model.addAttribute("today", today);
        model.addAttribute("lines", listed);
        // each table sorted and paged as its own links ask
        model.addAttribute("itemList", HealthLists.page(HealthLists.itemColumns(hidden), "/health", "items", listed,
                params));
        model.addAttribute("summaryList", HealthLists.page(HealthLists.summaryColumns(), "/health", "summaries",
                summaries, params));
        model.addAttribute("restricted", hidden);
        model.addAttribute("overdueByRule", overdueByRule);
        model.addAttribute("children", open.stream().map(HealthWorklist.Line::childId).distinct().count());
        return "health/worklist";
    }
}
