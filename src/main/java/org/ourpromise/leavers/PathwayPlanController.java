package org.ourpromise.leavers;

import java.util.HashMap;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.record.ChildRecord;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A young person's pathway plan (decision 0170): the current version and every earlier one, and the form that
 * saves a review as a new version, filled from the current one. Saved only as the version after the one read.
 */
@Controller
class PathwayPlanController {

    static final String STALE = "Someone else saved a new version of this plan after you opened it, so yours was not"
            + " saved. Their version is shown: make your changes to it and save again.";
    private static final String PAGE = "/leavers/children/{childId}/pathway-plan";

    private final CaseFile caseFile;
    private final PathwayPlans plans;
    private final AuditLog audit;
    private final org.ourpromise.care.PathwayPlanEvidence evidence;
    private final org.springframework.context.ApplicationEventPublisher events;

    PathwayPlanController(CaseFile caseFile, PathwayPlans plans, AuditLog audit,
            org.ourpromise.care.PathwayPlanEvidence evidence,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.caseFile = caseFile;
        this.plans = plans;
        this.audit = audit;
        this.evidence = evidence;
    }

    @GetMapping(PAGE)
    @Transactional
    String show(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        var child = caseFile.open(user, childId, "viewed the pathway plan");
        return page(child, model, PathwayPlanForm.values(plans.current(childId)), Map.of());
    }

    @PostMapping(PAGE)
    @Transactional
    String save(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var child = caseFile.read(user, childId);
        var in = new FormInput(params);
        var plan = PathwayPlanForm.read(in, childId, caseFile.today());
        int read = in.raw("version").matches("[0-9]{1,6}") ? Integer.parseInt(in.raw("version")) : -1;
        if (plan == null) {
            audit.record(AuditLog.Action.VIEW_RECORD, childId, "viewed the pathway plan (not saved: "
                    + in.errors().size() + " problems)");
            return page(child, model, new HashMap<>(params), in.errors());
        }
        if (!plans.saveVersion(plan, read, user.username())) {
            audit.record(AuditLog.Action.VIEW_RECORD, childId, "viewed the pathway plan (not saved: changed since)");
            return page(child, model, PathwayPlanForm.values(plans.current(childId)), Map.of("needsAssessment", STALE));
        }
        evidence.reviewed(childId, plan.reviewedOn()); // closes the engine's pathway plan review item (decision 0198)
        // its contact interval sets the adviser's contacts (decision 0215), even when reviewed on a day already held
        events.publishEvent(new AdviserContactTermsChanged(childId, "pathway plan version " + (read + 1)));
        audit.record(AuditLog.Action.RECORD_EVENT, childId, "saved pathway plan version " + (read + 1) + ", reviewed "
                + plan.reviewedOn());
        SuccessBanner.flash(redirect, "Pathway plan version " + (read + 1) + " is saved");
        return "redirect:/leavers/children/" + childId + "/pathway-plan";
    }

    private String page(ChildRecord child, Model model, Map<String, String> values, Map<String, String> errors) {
        var versions = plans.versions(child.childId());
        model.addAttribute("child", child);
        model.addAttribute("name", child.identity().givenName() + " " + child.identity().familyName());
        model.addAttribute("versions", versions);
        model.addAttribute("plan", versions.isEmpty() ? null : versions.get(0));
        model.addAttribute("current", PathwayPlanForm.values(versions.isEmpty() ? null : versions.get(0)));
        model.addAttribute("sections", PathwayPlanForm.SECTIONS);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "leavers/pathway-plan";
    }
}
