package org.ourpromise.casefile;

import java.util.Map;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The forms for recording events on a child's record. A form with errors is shown again with what
 * was typed and a message by each wrong field; nothing is saved until it is right.
 */
@Controller
class RecordingController {

    /** The forms, by the last part of their address: page title and template. */
    enum Form {
        PLACEMENT_CHANGE("placement-change", "Record a placement change"),
        REVIEW("review", "Record a review"),
        HEALTH_ASSESSMENT("health-assessment", "Record a health assessment, referral or check"),
        MISSING_EPISODE("missing-episode", "Record a missing episode"),
        CARE_LEAVER_CONTACT("care-leaver-contact", "Record a care leaver contact"),
        VISITS_PLAN("visits-plan", "Record a plan or agreement about visits"),
        VISIT("visit", "Record a statutory visit"),
        PLAN("plan", "Record a plan, assessment or IRO check"),
        PEP("pep", "Record a personal education plan meeting"),
        MISSING_RETURN("missing-return", "Record a return from missing, or its return interview"),
        REVIEW_SENT("review-sent", "Record the decisions or record sent after a review");

        final String path;
        final String title;

        Form(String path, String title) {
            this.path = path;
            this.title = title;
        }

        static Form of(String path) {
            for (var f : values()) {
                if (f.path.equals(path)) {
                    return f;
                }
            }
            throw new ChildNotFoundException(path);
        }
    }

    private final CaseFile caseFile;
    private final EventRecorder recorder;

    RecordingController(CaseFile caseFile, EventRecorder recorder) {
        this.caseFile = caseFile;
        this.recorder = recorder;
    }

    @GetMapping("/children/{childId}/record/{form}")
    String show(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable String form,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable String kind, Model model) {
        var f = Form.of(form);
        var child = caseFile.open(user, ChildRecordController.checked(childId), "opened the form: " + f.title);
        // a worklist line opens the form with its choice made; the health form's usual choice is the assessment
        String chosen = kind != null && kind.matches("[A-Z_]{1,40}") ? kind
                : f == Form.HEALTH_ASSESSMENT ? "HEALTH_ASSESSMENT" : null;
        prepare(model, f, child, Map.of(), chosen == null ? Map.of() : Map.of("kind", chosen));
        return "record/form";
    }

    @PostMapping("/children/{childId}/record/{form}")
    String submit(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable String form,
            @RequestParam Map<String, String> params, Model model) {
        var f = Form.of(form);
        String id = ChildRecordController.checked(childId);
        var in = new FormInput(params);
        var outcome = switch (f) {
            case PLACEMENT_CHANGE -> recorder.placementChange(user, id, in);
            case REVIEW -> recorder.review(user, id, in);
            case HEALTH_ASSESSMENT -> recorder.healthAssessment(user, id, in);
            case MISSING_EPISODE -> recorder.missingEpisode(user, id, in);
            case CARE_LEAVER_CONTACT -> recorder.careLeaverContact(user, id, in);
            case VISITS_PLAN -> recorder.visitPlan(user, id, in);
            case VISIT -> recorder.visit(user, id, in);
            case PLAN -> recorder.plan(user, id, in);
            case PEP -> recorder.pep(user, id, in);
            case MISSING_RETURN -> recorder.missingReturn(user, id, in);
            case REVIEW_SENT -> recorder.reviewSent(user, id, in);
        };
        if (outcome.saved()) {
            var warnings = SavedWarnings.of(f, params, caseFile.open(user, id, "checked against the return's rules"),
                    caseFile.today());
            if (!warnings.isEmpty()) {
                // Saved: a true fact is never blocked. What DfE's rules say about it is shown beside each field.
                model.addAttribute("title", f.title);
                model.addAttribute("summary", outcome.summary());
                model.addAttribute("rows", warnings);
                model.addAttribute("childId", id);
                return "record/saved";
            }
            return "redirect:" + UriComponentsBuilder.fromPath("/children/{id}").queryParam("saved", outcome.summary())
                    .buildAndExpand(id).encode().toUriString();
        }
        var child = caseFile.open(user, id, "form returned with errors: " + f.title);
        prepare(model, f, child, outcome.errors(), params);
        return "record/form";
    }

    private void prepare(Model model, Form f, org.ourpromise.record.ChildRecord child, Map<String, String> errors,
            Map<String, String> values) {
        int year = Ssda903Dates.collectionYearOf(caseFile.today());
        model.addAttribute("title", f.title);
        model.addAttribute("form", f.path);
        model.addAttribute("child", child);
        model.addAttribute("facts", CurrentFacts.of(child, caseFile.today()));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("placements", CodeList.PLACE.labels(year));
        model.addAttribute("providers", CodeList.PLACE_PROVIDER.labels(year));
        model.addAttribute("changeReasons", CodeList.REASON_PLACE_CHANGE.labels(year));
        model.addAttribute("participation", CodeList.REVIEW_CODE.labels(year));
        model.addAttribute("missingTypes", CodeList.MISSING.labels(year));
        model.addAttribute("inTouch", CodeList.IN_TOUCH.labels(year));
        model.addAttribute("activities", CodeList.ACTIV.labels(year));
        model.addAttribute("accommodation", CodeList.ACCOM_LETTER.labels(year));
        model.addAttribute("suitability", new java.util.TreeMap<>(Map.of("1", "Suitable", "2", "Not suitable")));
        var visitPlans = new java.util.LinkedHashMap<String, String>();
        var visitPlanHints = new java.util.LinkedHashMap<String, String>();
        for (var kind : PlanWords.ABOUT_VISITS) {
            visitPlans.put(kind.name(), PlanWords.title(kind));
            visitPlanHints.put(kind.name(), PlanWords.effect(kind));
        }
        model.addAttribute("visitPlans", visitPlans);
        var plans = new java.util.LinkedHashMap<String, String>();
        var planHints = new java.util.LinkedHashMap<String, String>();
        for (var kind : PlanWords.ON_THE_PLAN_FORM) {
            plans.put(kind.name(), PlanWords.title(kind));
            planHints.put(kind.name(), PlanWords.deadline(kind));
        }
        model.addAttribute("plans", plans);
        model.addAttribute("planHints", planHints);
        model.addAttribute("healthKinds", HealthWords.ON_THE_FORM);
        // the events a follow-up form can complete, newest first
        var episodes = new java.util.LinkedHashMap<String, String>();
        child.missing().stream().filter(m -> m.ended() == null || m.interviewHeld() == null && !m.interviewDeclined())
                .sorted(java.util.Comparator.comparing(org.ourpromise.record.MissingEpisode::started).reversed())
                .forEach(m -> episodes.putIfAbsent(m.started().toString(), (m.type().equals("M") ? "Missing" : "Away") + " from "
                        + Ssda903Dates.format(m.started()) + (m.ended() == null ? ", not back yet" : ", back "
                        + Ssda903Dates.format(m.ended()))));
        model.addAttribute("openEpisodes", episodes);
        var reviewsToSend = new java.util.LinkedHashMap<String, String>();
        child.reviews().stream().filter(r -> r.decisionsIssued() == null || r.recordIssued() == null)
                .sorted(java.util.Comparator.comparing(org.ourpromise.record.ReviewHeld::date).reversed())
                .forEach(r -> reviewsToSend.put(r.date().toString(), "Review of " + Ssda903Dates.format(r.date())
                        + (r.decisionsIssued() == null ? ", decisions not sent" : "")
                        + (r.recordIssued() == null ? ", record not sent" : "")));
        model.addAttribute("reviewsToSend", reviewsToSend);
        model.addAttribute("healthHints", HealthWords.FORM_HINTS);
        model.addAttribute("visitPlanHints", visitPlanHints);
    }
}
