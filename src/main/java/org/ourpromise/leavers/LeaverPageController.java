package org.ourpromise.leavers;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.Corrections;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.record.ChildRecord;
import org.springframework.context.ApplicationEventPublisher;
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
 * A young person's leaving-care page: their status today from the record and what it means, the basis and end of
 * their entitlement, the personal adviser's contact duty with the spans in which the council provides the
 * accommodation (added and ended here), the pathway plan, and their Staying Put or Staying Close arrangements.
 */
@Controller
class LeaverPageController {

    private static final String PAGE = "/leavers/children/{childId}";

    private final CaseFile caseFile;
    private final CareLeaverRoll roll;
    private final LeavingCareOffer offer;
    private final AdviserContactDuty duty;
    private final AdviserContactStore store;
    private final PathwayPlans plans;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    LeaverPageController(CaseFile caseFile, CareLeaverRoll roll, LeavingCareOffer offer, AdviserContactDuty duty,
            AdviserContactStore store, PathwayPlans plans, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.caseFile = caseFile;
        this.roll = roll;
        this.offer = offer;
        this.duty = duty;
        this.store = store;
        this.plans = plans;
        this.audit = audit;
    }

    @GetMapping(PAGE)
    @Transactional
    String child(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        ChildRecord child = caseFile.open(user, childId, "viewed the care leaver page");
        return page(child, model, new HashMap<>(), new java.util.LinkedHashMap<>());
    }

    /** Adds a span in which the council provides the accommodation, or ends one (its id and version given). */
    @PostMapping(PAGE + "/accommodation")
    @Transactional
    String accommodation(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        ChildRecord child = caseFile.read(user, childId);
        var in = new FormInput(params);
        var today = caseFile.today();
        var from = in.date("providedFrom", "date the council began providing the accommodation", true, today);
        var until = in.date("providedUntil", "date it stopped", false, today);
        var description = in.text("description", "description of the accommodation", 200, true);
        if (from != null && until != null && !until.isAfter(from)) {
            in.error("providedUntil", "The date it stopped must be after the date it began");
        }
        if (from != null && from.isBefore(child.dateOfBirth().plusYears(16))) {
            in.error("providedFrom", "Accommodation for a care leaver is recorded from their 16th birthday");
        }
        if (in.hasErrors() || from == null || description == null) {
            audit.record(AuditLog.Action.VIEW_RECORD, childId, "viewed the care leaver page (accommodation not saved: "
                    + in.errors().size() + " problems)");
            return page(child, model, new HashMap<>(params), in.errors());
        }
        store.addProvision(childId, from, until, description, user.username());
        events.publishEvent(new AdviserContactTermsChanged(childId, "accommodation provided from " + from));
        audit.record(AuditLog.Action.RECORD_EVENT, childId, "recorded accommodation provided by the council from "
                + from + (until == null ? "" : " to " + until));
        SuccessBanner.flash(redirect, "Accommodation provided by the council is saved");
        return "redirect:/leavers/children/" + childId;
    }

    /** Ends a span today or on the day given, at the version read. */
    @PostMapping(PAGE + "/accommodation/end")
    @Transactional
    String end(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        ChildRecord child = caseFile.read(user, childId);
        var in = new FormInput(params);
        var today = caseFile.today();
        var span = store.provisions(childId).stream().filter(p -> String.valueOf(p.id()).equals(in.raw("id")))
                .findFirst().orElse(null);
        if (span == null || !String.valueOf(span.version()).equals(in.raw("version"))
                || !store.endProvision(childId, span.id(), span.version(), later(today, span.from()), user.username())) {
            in.error("providedFrom", Corrections.STALE);
            return page(child, model, new HashMap<>(), in.errors());
        }
        events.publishEvent(new AdviserContactTermsChanged(childId, "accommodation no longer provided"));
        audit.record(AuditLog.Action.RECORD_EVENT, childId, "ended accommodation provided by the council on " + today);
        SuccessBanner.flash(redirect, "The accommodation is recorded as no longer provided by the council");
        return "redirect:/leavers/children/" + childId;
    }

    private static LocalDate later(LocalDate today, LocalDate from) {
        return today.isAfter(from) ? today : from.plusDays(1);
    }

    private String page(ChildRecord child, Model model, Map<String, String> values, Map<String, String> errors) {
        var childId = child.childId();
        var today = caseFile.today();
        var entitlement = offer.entitlements(childId).get(childId);
        model.addAttribute("child", child);
        model.addAttribute("today", today);
        model.addAttribute("row", roll.of(child, today));
        model.addAttribute("entitlement", entitlement);
        model.addAttribute("dutyEnds", LeavingCareEntitlements.dutyEnds(child.dateOfBirth(), entitlement));
        model.addAttribute("due", duty.due(child, today));
        model.addAttribute("provisions", store.provisions(childId));
        model.addAttribute("plan", plans.current(childId));
        model.addAttribute("arrangements", offer.arrangements(childId));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "leavers/child";
    }
}
