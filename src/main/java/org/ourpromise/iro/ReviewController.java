package org.ourpromise.iro;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.Confirmation;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.record.ChildRecord;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Completing a review already recorded: how the child wanted it held, who attended, the decisions and
 * recommendations, and the actions agreed, each with an owner, a due date and a status. Audited against the child.
 */
@Controller
class ReviewController {

    private final ChildReviews reviews;
    private final ReviewOutcomes outcomes;
    private final QaAlerts alerts;
    private final AuditLog audit;

    ReviewController(ChildReviews reviews, ReviewOutcomes outcomes, QaAlerts alerts, AuditLog audit) {
        this.reviews = reviews;
        this.outcomes = outcomes;
        this.alerts = alerts;
        this.audit = audit;
    }

    private record Review(ChildRecord child, LocalDate date) {
    }

    @GetMapping("/iro/reviews/{childId}/{date}")
    @Transactional
    String show(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable String date,
            Model model) {
        var review = review(user, childId, date);
        audit.record(AuditLog.Action.VIEW_RECORD, childId, "viewed what the review of " + review.date() + " decided");
        var values = new HashMap<String, String>();
        outcomes.outcome(childId, review.date()).ifPresent(o -> {
            values.put("heldHow", o.heldHow().name());
            values.put("chaired", o.chaired().name());
            values.put("attended", o.attended());
            values.put("decisions", o.decisions());
            values.put("version", String.valueOf(o.version()));
        });
        return page(model, review, values, Map.of());
    }

    @PostMapping("/iro/reviews/{childId}/{date}")
    @Transactional
    String save(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable String date,
            @RequestParam Map<String, String> params, Model model) {
        var review = review(user, childId, date);
        var in = new FormInput(params);
        var heldHow = in.choice("heldHow", EnumSet.allOf(ReviewOutcome.HeldHow.class), "Select how the child wanted the review held");
        var chaired = in.choice("chaired", EnumSet.allOf(ReviewOutcome.ChildChaired.class), "Select who chaired the review");
        String attended = in.text("attended", 1000);
        if (in.raw("attended").isEmpty()) {
            in.error("attended", "Enter who attended the review");
        }
        String decisions = in.text("decisions", 4000);
        if (in.raw("decisions").isEmpty()) {
            in.error("decisions", "Enter the IRO's decisions and recommendations");
        }
        int version = in.raw("version").matches("\\d{1,9}") ? Integer.parseInt(in.raw("version")) : 0;
        var yours = in.hasErrors() ? null
                : new ReviewOutcome(childId, review.date(), heldHow, chaired, attended, decisions, version);
        if (yours != null && !outcomes.save(yours, user.username())) {
            return stale(model, review, params, yours);
        }
        if (in.hasErrors()) {
            return page(model, review, params, in.errors());
        }
        audit.record(AuditLog.Action.RECORD_EVENT, childId, "recorded what the review of " + review.date() + " decided");
        return "redirect:/iro/reviews/" + childId + "/" + review.date();
    }

    @PostMapping("/iro/reviews/{childId}/{date}/actions")
    @Transactional
    String addAction(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable String date,
            @RequestParam Map<String, String> params, Model model) {
        var review = review(user, childId, date);
        var in = new FormInput(params);
        String action = in.text("action", 1000);
        if (in.raw("action").isEmpty()) {
            in.error("action", "Say what the action is");
        }
        String worker = in.raw("ownerWorker");
        String role = in.text("ownerRole", 120);
        if (worker.isEmpty() && in.raw("ownerRole").isEmpty()) {
            in.error("ownerWorker", "Enter who owns the action: a worker's ID or a role");
        } else if (!worker.isEmpty() && !worker.matches("[A-Za-z0-9-]{1,40}")) {
            in.error("ownerWorker", "Enter the worker's ID as letters and numbers, for example SW001");
        }
        var due = in.date("due", "date the action is due", true, LocalDate.MAX);
        if (due != null && due.isBefore(review.date())) {
            in.error("due", "The date the action is due must be on or after the review");
        }
        if (in.hasErrors()) {
            return page(model, review, params, in.errors());
        }
        long id = outcomes.addAction(childId, review.date(), action, worker.isEmpty() ? null : worker, role, due, user.username());
        audit.record(AuditLog.Action.RECORD_EVENT, childId, "added action " + id + " to the review of " + review.date());
        return "redirect:/iro/reviews/" + childId + "/" + review.date() + "#actions";
    }

    @PostMapping("/iro/reviews/{childId}/{date}/actions/{actionId}")
    @Transactional
    String closeAction(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable String date,
            @PathVariable String actionId, @RequestParam Map<String, String> params, Model model) {
        var review = review(user, childId, date);
        var action = outcomes.actions(childId, review.date()).stream().filter(a -> String.valueOf(a.id()).equals(actionId))
                .findFirst().orElseThrow(() -> AlertsController.notFound("No action " + actionId));
        String change = params.getOrDefault("change", "");
        if (change.equals("drop") && !Confirmation.given(params)) {
            String here = "/iro/reviews/" + childId + "/" + review.date();
            return Confirmation.ask(model, "Are you sure you want to drop the action \u201c" + action.action() + "\u201d?",
                    "It will be closed as dropped, not done, and will no longer be chased.", "Yes, drop this action",
                    here + "/actions/" + action.id(), here + "#actions", params);
        }
        var errors = new LinkedHashMap<String, String>();
        if (!change.equals("done") && !change.equals("drop")) {
            errors.put("actions", "Choose whether the action was done or dropped");
        } else if (!params.getOrDefault("version", "").matches("\\d{1,9}") || !outcomes.close(action.id(),
                Integer.parseInt(params.get("version")), change.equals("drop"), alerts.today(), user.username())) {
            errors.put("actions", "This action was changed by someone else or is already closed, so nothing was saved");
        }
        if (!errors.isEmpty()) {
            return page(model, review, Map.of(), errors);
        }
        audit.record(AuditLog.Action.RECORD_EVENT, childId, (change.equals("drop") ? "dropped" : "completed") + " action "
                + action.id() + " of the review of " + review.date());
        return "redirect:/iro/reviews/" + childId + "/" + review.date() + "#actions";
    }

    /** Someone else saved the outcome first: nothing is saved; what is saved now beside the user's entries. */
    private String stale(Model model, Review review, Map<String, String> params, ReviewOutcome yours) {
        var now = outcomes.outcome(yours.childId(), yours.reviewDate()).orElse(null);
        var edit = new StaleEdit(now == null ? 0 : now.version())
                .compare("How the child wanted it held", now == null ? "" : now.heldHow().words(), yours.heldHow().words())
                .compare("Who chaired it", now == null ? "" : now.chaired().words(), yours.chaired().words())
                .compare("Who attended", now == null ? "" : now.attended(), yours.attended())
                .compare("Decisions and recommendations", now == null ? "" : now.decisions(), yours.decisions());
        var values = new HashMap<String, String>(params);
        values.put("version", String.valueOf(edit.version()));
        var errors = new LinkedHashMap<String, String>();
        edit.show(model, errors, "decisions");
        return page(model, review, values, errors);
    }

    private String page(Model model, Review review, Map<String, String> values, Map<String, String> errors) {
        var child = review.child();
        model.addAttribute("child", child);
        model.addAttribute("childName", child.identity().givenName() + " " + child.identity().familyName());
        model.addAttribute("reviewDate", review.date());
        model.addAttribute("participation", child.reviews().stream().filter(v -> v.date().equals(review.date()))
                .map(v -> IroReportFigures.participationWords(v.participation())).findFirst().orElse(""));
        model.addAttribute("actions", outcomes.actions(child.childId(), review.date()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("today", alerts.today());
        var held = new LinkedHashMap<String, String>();
        for (var h : ReviewOutcome.HeldHow.values()) {
            held.put(h.name(), h.words());
        }
        var chaired = new LinkedHashMap<String, String>();
        for (var c : ReviewOutcome.ChildChaired.values()) {
            chaired.put(c.name(), c.words());
        }
        model.addAttribute("heldChoices", held);
        model.addAttribute("chairedChoices", chaired);
        model.addAttribute("noHints", Map.of());
        return "iro/review";
    }

    private Review review(PromiseUser user, String childId, String date) {
        var found = reviews.review(user, childId, date);
        return new Review(found.child(), found.date());
    }
}
