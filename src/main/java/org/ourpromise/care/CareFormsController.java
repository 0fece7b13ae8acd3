package org.ourpromise.care;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.PlanWords;
import org.ourpromise.casefile.RecordingForm;
import org.ourpromise.casefile.RecordingForm.ReturnField;
import org.ourpromise.casefile.RecordingPages;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.CodeList;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The care forms on a child's record: a placement change, a statutory visit, plans, and agreements about visits. */
@Controller
class CareFormsController {

    static final RecordingForm PLACEMENT_CHANGE = new RecordingForm("placement-change", "Record a placement change",
            "care/placement-change", List.of(
                    ReturnField.date("date", "Date of the move", "DECOM", "DEC"),
                    ReturnField.field("placement", "New placement type", "PLACE", "RNE"),
                    ReturnField.field("legalStatus", "New legal status", "LS", "RNE"),
                    ReturnField.field("provider", "Placement provider", "PLACE_PROVIDER"),
                    ReturnField.field("reason", "Reason for the change", "REASON_PLACE_CHANGE"),
                    ReturnField.field("postcode", "Postcode of the placement", "PL_POST"),
                    ReturnField.field("urn", "Ofsted URN", "URN")));
    // visits, plans and agreements about visits feed no column of the return
    static final RecordingForm VISIT = new RecordingForm("visit", "Record a statutory visit", "care/visit", List.of());
    static final RecordingForm PLAN = new RecordingForm("plan", "Record a plan, assessment or IRO check", "care/plan",
            List.of());
    static final RecordingForm VISITS_PLAN = new RecordingForm("visits-plan", "Record a plan or agreement about visits",
            "care/visits-plan", List.of());

    private static final String FORM = "/children/{childId}/record/";

    private final RecordingPages pages;
    private final PlacementChangeRecording placementChange;
    private final VisitRecording visits;
    private final PlanRecording plans;

    CareFormsController(RecordingPages pages, PlacementChangeRecording placementChange, VisitRecording visits,
            PlanRecording plans) {
        this.pages = pages;
        this.placementChange = placementChange;
        this.visits = visits;
        this.plans = plans;
    }

    @GetMapping(FORM + "placement-change")
    String placementChange(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String kind, Model model) {
        return pages.show(user, childId, PLACEMENT_CHANGE, kind, null, model, CareFormsController::placementChoices);
    }

    @PostMapping(FORM + "placement-change")
    String placementChange(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return pages.submit(user, childId, PLACEMENT_CHANGE, params, model, placementChange::record,
                CareFormsController::placementChoices);
    }

    @GetMapping(FORM + "visit")
    String visit(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String kind, Model model) {
        return pages.show(user, childId, VISIT, kind, null, model, CareFormsController::noChoices);
    }

    @PostMapping(FORM + "visit")
    String visit(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return pages.submit(user, childId, VISIT, params, model, visits::visit, CareFormsController::noChoices);
    }

    @GetMapping(FORM + "plan")
    String plan(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String kind, Model model) {
        return pages.show(user, childId, PLAN, kind, null, model, CareFormsController::planChoices);
    }

    @PostMapping(FORM + "plan")
    String plan(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return pages.submit(user, childId, PLAN, params, model, plans::record, CareFormsController::planChoices);
    }

    @GetMapping(FORM + "visits-plan")
    String visitsPlan(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String kind, Model model) {
        return pages.show(user, childId, VISITS_PLAN, kind, null, model, CareFormsController::visitPlanChoices);
    }

    @PostMapping(FORM + "visits-plan")
    String visitsPlan(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return pages.submit(user, childId, VISITS_PLAN, params, model, visits::visitPlan,
                CareFormsController::visitPlanChoices);
    }

    private static void placementChoices(Model model, ChildRecord child, int year) {
        model.addAttribute("placements", CodeList.PLACE.labels(year));
        model.addAttribute("providers", CodeList.PLACE_PROVIDER.labels(year));
        model.addAttribute("changeReasons", CodeList.REASON_PLACE_CHANGE.labels(year));
        model.addAttribute("legalStatuses", CodeList.LS.labels(year));
    }

    private static void noChoices(Model model, ChildRecord child, int year) {
        // the form asks only for dates and yes or no
    }

    private static void planChoices(Model model, ChildRecord child, int year) {
        var plans = new LinkedHashMap<String, String>();
        var hints = new LinkedHashMap<String, String>();
        for (var kind : PlanWords.ON_THE_PLAN_FORM) {
            plans.put(kind.name(), PlanWords.title(kind));
            hints.put(kind.name(), PlanWords.deadline(kind));
        }
        model.addAttribute("plans", plans);
        model.addAttribute("planHints", hints);
    }

    private static void visitPlanChoices(Model model, ChildRecord child, int year) {
        var plans = new LinkedHashMap<String, String>();
        var hints = new LinkedHashMap<String, String>();
        for (var kind : PlanWords.ABOUT_VISITS) {
            plans.put(kind.name(), PlanWords.title(kind));
            hints.put(kind.name(), PlanWords.effect(kind));
        }
        model.addAttribute("visitPlans", plans);
        model.addAttribute("visitPlanHints", hints);
    }
}
