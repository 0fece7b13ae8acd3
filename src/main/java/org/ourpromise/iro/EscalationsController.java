package org.ourpromise.iro;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.access.UserAccounts;
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
 * The IRO manager's view of every open escalation by stage (filtered by team, IRO, category and stage), the
 * agenda of the monthly Pre-Challenge and Challenge meetings (the cases at that stage, printable), and the form
 * that records each meeting's decisions.
 */
@Controller
class EscalationsController {

    private final QaAlerts alerts;
    private final IroMeetings meetings;
    private final UserAccounts users;
    private final AuditLog audit;

    EscalationsController(QaAlerts alerts, IroMeetings meetings, UserAccounts users, AuditLog audit) {
        this.alerts = alerts;
        this.meetings = meetings;
        this.users = users;
        this.audit = audit;
    }

    @GetMapping("/iro/escalations")
    @Transactional
    String escalations(@RequestParam Map<String, String> params, Model model) {
        var errors = new LinkedHashMap<String, String>();
        var read = AlertFilters.read(params, alerts.categories(), users.teamIds(), errors);
        var filter = new AlertFilter(read.team(), read.raisedBy(), read.categoryId(), read.kind(), read.stage(),
                read.openOnly(), true, null, null);
        var shown = alerts.list(filter);
        audit.recordShown(AuditLog.Action.VIEW_REPORT, shown.stream().map(QaAlert::childId).toList(),
                "viewed escalations " + params + ": " + shown.size() + " alerts");
        var byStage = new LinkedHashMap<String, Long>();
        for (var s : EscalationStage.values()) {
            byStage.put(alerts.settings().name(s), shown.stream()
                    .filter(a -> a.currentStage().map(c -> c.stage() == s).orElse(false)).count());
        }
        model.addAttribute("alerts", shown);
        model.addAttribute("byStage", byStage);
        model.addAttribute("summary", AlertSummary.of(shown, alerts.today()));
        model.addAttribute("values", params);
        model.addAttribute("errors", errors);
        model.addAttribute("teams", users.teamIds());
        model.addAttribute("iros", iros(alerts.list(AlertFilter.all())));
        model.addAttribute("categories", AlertForm.categoryChoices(alerts.categories()));
        model.addAttribute("stageNames", stageNames());
        model.addAttribute("today", alerts.today());
        model.addAttribute("meetings", meetings.meetings());
        return "iro/escalations";
    }

    @GetMapping("/iro/meetings/{kind}")
    @Transactional
    String agenda(@PathVariable String kind, Model model) {
        var stage = meetingKind(kind);
        var cases = atStage(stage);
        audit.recordShown(AuditLog.Action.VIEW_REPORT, cases.stream().map(QaAlert::childId).toList(),
                "viewed the agenda of the " + alerts.settings().name(stage));
        return agendaPage(model, stage, cases, Map.of(), Map.of());
    }

    @PostMapping("/iro/meetings/{kind}")
    @Transactional
    String recordMeeting(@AuthenticationPrincipal PromiseUser user, @PathVariable String kind,
            @RequestParam Map<String, String> params, Model model) {
        var stage = meetingKind(kind);
        var cases = atStage(stage);
        var in = new FormInput(params);
        if (cases.isEmpty()) {
            // the page shows no form then (no date, no decisions): say why, where the summary can link to
            in.error("decision", "No cases are at this stage, so there is no decision to record");
            return agendaPage(model, stage, cases, params, in.errors());
        }
        var held = in.date("held", "date the meeting was held", true, alerts.today());
        var decisions = new LinkedHashMap<Long, String>();
        for (var a : cases) {
            String text = in.text("decision-" + a.id(), AlertForm.TEXT_LIMIT);
            if (text != null) {
                decisions.put(a.id(), text);
            }
        }
        if (decisions.isEmpty() && !in.errors().containsKey("decision")) {
            in.error("decision", "Record the meeting's decision for at least one case");
        }
        if (in.hasErrors()) {
            // the page: the heading (what "decision" points at), each case's decision, then the date held
            var order = new ArrayList<String>();
            order.add("decision");
            cases.forEach(a -> order.add("decision-" + a.id()));
            order.add("held");
            in.orderAsOnThePage(order.toArray(String[]::new));
            return agendaPage(model, stage, cases, params, in.errors());
        }
        long id = meetings.record(stage, held, decisions, user.username());
        for (var a : cases) {
            if (decisions.containsKey(a.id())) {
                audit.record(AuditLog.Action.RECORD_EVENT, a.childId(), "recorded the decision of "
                        + alerts.settings().name(stage) + " " + id + " on quality assurance alert " + a.id());
            }
        }
        return "redirect:/iro/escalations";
    }

    private String agendaPage(Model model, EscalationStage stage, List<QaAlert> cases, Map<String, String> values,
            Map<String, String> errors) {
        model.addAttribute("stage", stage);
        model.addAttribute("meetingName", alerts.settings().name(stage));
        model.addAttribute("cases", cases);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("today", alerts.today());
        return "iro/agenda";
    }

    private List<QaAlert> atStage(EscalationStage stage) {
        return alerts.list(new AlertFilter(null, null, null, null, stage, true, true, null, null));
    }

    private static EscalationStage meetingKind(String kind) {
        return switch (kind) {
            case "pre-challenge" -> EscalationStage.PRE_CHALLENGE;
            case "challenge" -> EscalationStage.CHALLENGE;
            default -> throw AlertsController.notFound("No meeting " + kind);
        };
    }

    private Map<String, String> stageNames() {
        var names = new LinkedHashMap<String, String>();
        for (var s : EscalationStage.values()) {
            names.put(s.name(), alerts.settings().name(s));
        }
        return names;
    }

    private static Map<String, String> iros(List<QaAlert> all) {
        var iros = new TreeMap<String, String>();
        all.forEach(a -> iros.put(a.raisedBy(), a.raisedByName()));
        return iros;
    }
}
