package org.ourpromise.iro;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.FormInput;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The IRO's midway check (each action of the last review on track or not, drift or delay, a link to raise an alert)
 * and the checklist before the next review (each standard met or not; for each not met an alert or the reason none
 * is needed). Each is saved as a new check and audited against the child.
 */
@Controller
class ReviewChecksController {

    private final ChildReviews reviews;
    private final ReviewOutcomes outcomes;
    private final ReviewChecks checks;
    private final QaAlerts alerts;
    private final AuditLog audit;

    ReviewChecksController(ChildReviews reviews, ReviewOutcomes outcomes, ReviewChecks checks, QaAlerts alerts, AuditLog audit) {
        this.reviews = reviews;
        this.outcomes = outcomes;
        this.checks = checks;
        this.alerts = alerts;
        this.audit = audit;
    }

    @GetMapping("/iro/reviews/{childId}/{date}/midway")
    @Transactional
    String midway(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable String date, Model model) {
        var review = reviews.review(user, childId, date);
        audit.record(AuditLog.Action.VIEW_RECORD, childId, "opened the midway check after the review of " + review.date());
        return midwayPage(model, review, Map.of(), Map.of());
    }

    @PostMapping("/iro/reviews/{childId}/{date}/midway")
    @Transactional
    String recordMidway(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable String date,
            @RequestParam Map<String, String> params, Model model) {
        var review = reviews.review(user, childId, date);
        var in = new FormInput(params);
        var onTrack = new LinkedHashMap<Long, Boolean>();
        for (var a : outcomes.actions(childId, review.date())) {
            String v = in.raw("action-" + a.id());
            if (!v.equals("yes") && !v.equals("no")) {
                in.error("action-" + a.id(), "Say whether \"" + a.action() + "\" is on track");
            } else {
                onTrack.put(a.id(), v.equals("yes"));
            }
        }
        String drift = in.raw("drift");
        if (!drift.equals("yes") && !drift.equals("no")) {
            in.error("drift", "Say whether anything else is causing drift or delay");
        }
        String note = in.text("note", AlertForm.TEXT_LIMIT);
        if (in.hasErrors()) {
            return midwayPage(model, review, params, in.errors());
        }
        long id = checks.recordMidway(childId, review.date(), drift.equals("yes"), note, onTrack, user.username());
        audit.record(AuditLog.Action.RECORD_EVENT, childId, "recorded midway check " + id + " after the review of " + review.date());
        return "redirect:/iro/reviews/" + childId + "/" + review.date() + "/midway";
    }

    @GetMapping("/iro/children/{childId}/prep")
    @Transactional
    String prep(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        var child = reviews.child(user, childId);
        audit.record(AuditLog.Action.VIEW_RECORD, childId, "opened the checklist before the review");
        return prepPage(model, child, Map.of(), Map.of());
    }

    @PostMapping("/iro/children/{childId}/prep")
    @Transactional
    String recordPrep(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        var child = reviews.child(user, childId);
        var in = new FormInput(params);
        var childAlerts = alerts.list(AlertFilter.all().withChild(childId)).stream().map(QaAlert::id).toList();
        var items = new ArrayList<ReviewChecks.PrepItem>();
        var standards = alerts.settings().prepStandards();
        for (int i = 0; i < standards.size(); i++) {
            String met = in.raw("met-" + i);
            if (!met.equals("yes") && !met.equals("no")) {
                in.error("met-" + i, "Say whether \"" + standards.get(i) + "\" is met");
                continue;
            }
            Long alert = in.raw("alert-" + i).matches("\\d{1,12}") ? Long.valueOf(in.raw("alert-" + i)) : null;
            String reason = in.text("reason-" + i, 1000);
            if (met.equals("no") && alert == null && reason == null) {
                in.error("reason-" + i, "For \"" + standards.get(i) + "\", choose the alert you raised or say why none is needed");
            } else if (alert != null && !childAlerts.contains(alert)) {
                in.error("alert-" + i, "Choose one of this child's alerts");
            }
            items.add(new ReviewChecks.PrepItem(standards.get(i), met.equals("yes"), met.equals("yes") ? null : alert,
                    met.equals("yes") ? null : reason));
        }
        if (in.hasErrors()) {
            return prepPage(model, child, params, in.errors());
        }
        long id = checks.recordPrep(childId, items, user.username());
        audit.record(AuditLog.Action.RECORD_EVENT, childId, "recorded the checklist before the review (" + id + ")");
        return "redirect:/iro/children/" + childId + "/prep";
    }

    private String midwayPage(Model model, ChildReviews.Review review, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("child", review.child());
        model.addAttribute("childName", review.childName());
        model.addAttribute("reviewDate", review.date());
        model.addAttribute("actions", outcomes.actions(review.child().childId(), review.date()));
        model.addAttribute("checks", checks.midwayChecks(review.child().childId()).stream()
                .filter(c -> c.reviewDate().equals(review.date())).toList());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("today", alerts.today());
        return "iro/midway";
    }

    private String prepPage(Model model, org.ourpromise.record.ChildRecord child, Map<String, String> values,
            Map<String, String> errors) {
        model.addAttribute("child", child);
        model.addAttribute("childName", child.identity().givenName() + " " + child.identity().familyName());
        model.addAttribute("standards", alerts.settings().prepStandards());
        var childAlerts = new LinkedHashMap<String, String>();
        alerts.list(AlertFilter.all().withChild(child.childId())).forEach(a -> childAlerts.put(String.valueOf(a.id()),
                a.raised() + ": " + a.kind().words() + ", " + a.category()));
        model.addAttribute("childAlerts", childAlerts);
        model.addAttribute("checks", checks.prepChecks(child.childId()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "iro/prep";
    }
}
