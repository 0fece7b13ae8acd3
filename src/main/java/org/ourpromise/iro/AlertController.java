package org.ourpromise.iro;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.FormInput;
import org.springframework.http.HttpStatus;
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
 * One alert: what was seen and asked, every step so far, and the forms for the next step. The worker or team it
 * was sent to responds; the IRO accepts, escalates to any later stage, records a stage's outcome or a referral to
 * Cafcass. Each form carries the version it was shown with, so a change made meanwhile is refused, not overwritten.
 */
@Controller
class AlertController {

    private final QaAlerts alerts;
    private final AlertAccess access;
    private final AuditLog audit;

    AlertController(QaAlerts alerts, AlertAccess access, AuditLog audit) {
        this.alerts = alerts;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/iro/alerts/{id}")
    @Transactional
    String show(@AuthenticationPrincipal PromiseUser user, @PathVariable String id, Model model) {
        var alert = readable(user, id);
        audit.record(AuditLog.Action.VIEW_RECORD, alert.childId(), "viewed quality assurance alert " + alert.id());
        return page(user, alert, model, Map.of(), Map.of());
    }

    @PostMapping("/iro/alerts/{id}/respond")
    @Transactional
    String respond(@AuthenticationPrincipal PromiseUser user, @PathVariable String id, @RequestParam Map<String, String> params,
            Model model) {
        var alert = readable(user, id);
        if (!access.isAddressedTo(user, alert)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "This alert was not sent to you or your team");
        }
        return change(user, alert, params, model, in -> {
            String response = required(in, "response", "Write your response to the alert");
            return response == null ? null
                    : alerts.respond(alert.id(), version(in), response, alerts.today(), user.username());
        }, "responded to");
    }

    @PostMapping("/iro/alerts/{id}/accept")
    @Transactional
    String accept(@AuthenticationPrincipal PromiseUser user, @PathVariable String id, @RequestParam Map<String, String> params,
            Model model) {
        var alert = actionable(user, id);
        return change(user, alert, params, model, in -> {
            String note = in.text("note", AlertForm.TEXT_LIMIT);
            return in.hasErrors() ? null : alerts.accept(alert.id(), version(in), note, alerts.today(), user.username());
        }, "accepted and closed");
    }

    @PostMapping("/iro/alerts/{id}/escalate")
    @Transactional
    String escalate(@AuthenticationPrincipal PromiseUser user, @PathVariable String id, @RequestParam Map<String, String> params,
            Model model) {
        var alert = actionable(user, id);
        return change(user, alert, params, model, in -> {
            if (!alert.isOpen()) {
                return QaAlerts.closedRefusal(alert);
            }
            var stage = in.choice("stage", alert.stagesAvailable(), "Select the stage to escalate it to");
            String owner = required(in, "owner", "Enter who owns this stage, for example the team manager's name");
            if (owner != null && owner.length() > 120) {
                in.error("owner", "Write 120 characters or fewer");
            }
            String reason = in.text("reason", AlertForm.TEXT_LIMIT);
            return in.hasErrors() ? null
                    : alerts.escalate(alert.id(), version(in), stage, owner, reason, alerts.today(), user.username());
        }, "escalated");
    }

    @PostMapping("/iro/alerts/{id}/stage")
    @Transactional
    String endStage(@AuthenticationPrincipal PromiseUser user, @PathVariable String id, @RequestParam Map<String, String> params,
            Model model) {
        var alert = actionable(user, id);
        return change(user, alert, params, model, in -> {
            var outcome = in.choice("outcome", List.of(StageOutcome.RESOLVED, StageOutcome.WITHDRAWN),
                    "Select whether the concern was resolved or withdrawn at this stage");
            String response = required(in, "stageResponse", "Write the response given at this stage");
            return in.hasErrors() ? null
                    : alerts.endStage(alert.id(), version(in), outcome, response, alerts.today(), user.username());
        }, "recorded a stage outcome on");
    }

    @PostMapping("/iro/alerts/{id}/cafcass")
    @Transactional
    String cafcass(@AuthenticationPrincipal PromiseUser user, @PathVariable String id, @RequestParam Map<String, String> params,
            Model model) {
        var alert = actionable(user, id);
        return change(user, alert, params, model, in -> {
            var referred = in.date("referred", "date of the referral to Cafcass", true, alerts.today());
            if (referred != null && referred.isBefore(alert.raised())) {
                in.error("referred", "The date of the referral to Cafcass must be on or after the date the alert was raised");
            }
            String outcome = in.text("cafcassOutcome", 500);
            return in.hasErrors() ? null
                    : alerts.referToCafcass(alert.id(), version(in), referred, outcome, user.username());
        }, "recorded a Cafcass referral on");
    }

    /** Reads the form; on errors or a refusal shows the page again with them, and nothing is saved. */
    private String change(PromiseUser user, QaAlert alert, Map<String, String> params, Model model,
            Function<FormInput, QaAlerts.@org.jspecify.annotations.Nullable Change> step, String done) {
        var in = new FormInput(params);
        if (!params.getOrDefault("version", "").matches("\\d{1,9}")) {
            in.error("version", "The form was incomplete: open the alert again and retry");
            return page(user, alert, model, params, in.errors());
        }
        var change = step.apply(in);
        if (change == null || !change.saved()) {
            var errors = new LinkedHashMap<>(in.errors());
            var now = alerts.find(alert.id()).orElseThrow();
            if (change != null && QaAlerts.STALE.equals(change.message())) {
                AlertChanges.between(now, params).show(model, errors, "alert");
            } else if (change != null) {
                errors.put("alert", change.message());
            }
            audit.record(AuditLog.Action.VIEW_RECORD, alert.childId(), "viewed quality assurance alert " + alert.id()
                    + " (not saved: " + errors.size() + " problems)");
            return page(user, now, model, params, errors);
        }
        audit.record(AuditLog.Action.RECORD_EVENT, alert.childId(), done + " quality assurance alert " + alert.id());
        return "redirect:/iro/alerts/" + alert.id();
    }

    private static int version(FormInput in) {
        return Integer.parseInt(in.raw("version"));
    }

    private static @org.jspecify.annotations.Nullable String required(FormInput in, String field, String message) {
        String v = in.raw(field);
        if (v.isEmpty()) {
            in.error(field, message);
            return null;
        }
        return in.text(field, AlertForm.TEXT_LIMIT);
    }

    private String page(PromiseUser user, QaAlert alert, Model model, Map<String, String> values,
            Map<String, String> errors) {
        model.addAttribute("alert", alert);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("mayAct", access.mayAct(user, alert));
        model.addAttribute("mayRespond", access.isAddressedTo(user, alert));
        model.addAttribute("today", alerts.today());
        var stages = new LinkedHashMap<String, String>();
        alert.stagesAvailable().forEach(s -> stages.put(s.name(), alerts.settings().name(s) + " (answer within "
                + alerts.settings().workingDays(s) + " working days)"));
        model.addAttribute("stageChoices", stages);
        model.addAttribute("outcomeChoices", Map.of(StageOutcome.RESOLVED.name(), "Resolved: close the alert",
                StageOutcome.WITHDRAWN.name(), "Withdrawn: the IRO withdraws the concern"));
        model.addAttribute("noHints", Map.of());
        return "iro/alert";
    }

    private QaAlert readable(PromiseUser user, String id) {
        if (!id.matches("\\d{1,12}")) {
            throw AlertsController.notFound("No alert " + id);
        }
        var alert = alerts.find(Long.parseLong(id)).orElseThrow(() -> AlertsController.notFound("No alert " + id));
        if (!access.mayRead(user, alert)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Not your alert");
        }
        return alert;
    }

    private QaAlert actionable(PromiseUser user, String id) {
        var alert = readable(user, id);
        if (!access.mayAct(user, alert)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the IRO can do this");
        }
        return alert;
    }
}
