package org.ourpromise.care;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
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

/** The forms for a child's time in care: the start of a period (or coming back), a new legal status, the end. */
@Controller
class PeriodOfCareController {

    static final RecordingForm START = new RecordingForm("period-start", "Record the start of a period of care",
            "care/period-start", List.of(
                    ReturnField.date("date", "Date the child came into care", "DECOM"),
                    ReturnField.field("legalStatus", "Legal status", "LS", "RNE"),
                    ReturnField.field("need", "Category of need", "CIN"),
                    ReturnField.field("placement", "Placement type", "PLACE"),
                    ReturnField.field("provider", "Placement provider", "PLACE_PROVIDER"),
                    ReturnField.field("homePostcode", "Postcode of the child's home", "HOME_POST"),
                    ReturnField.field("postcode", "Postcode of the placement", "PL_POST"),
                    ReturnField.field("urn", "Ofsted URN", "URN")));
    static final RecordingForm LEGAL_STATUS = new RecordingForm("legal-status", "Record a change of legal status",
            "care/legal-status", List.of(
                    ReturnField.date("date", "Date the legal status changed", "DECOM", "DEC"),
                    ReturnField.field("legalStatus", "New legal status", "LS", "RNE")));
    static final RecordingForm END = new RecordingForm("period-end", "Record the end of a period of care",
            "care/period-end", List.of(
                    ReturnField.date("date", "Date the period of care ended", "DEC"),
                    ReturnField.field("reason", "Reason the period of care ended", "REC")));

    private static final String FORM = "/children/{childId}/record/";

    private final RecordingPages pages;
    private final PeriodOfCareRecording periods;

    PeriodOfCareController(RecordingPages pages, PeriodOfCareRecording periods) {
        this.pages = pages;
        this.periods = periods;
    }

    @GetMapping(FORM + "period-start")
    String start(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String kind, Model model) {
        return pages.show(user, childId, START, kind, null, model, PeriodOfCareController::startChoices);
    }

    @PostMapping(FORM + "period-start")
    String start(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return pages.submit(user, childId, START, params, model, periods::start, PeriodOfCareController::startChoices);
    }

    @GetMapping(FORM + "legal-status")
    String legalStatus(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String kind, Model model) {
        return pages.show(user, childId, LEGAL_STATUS, kind, null, model, PeriodOfCareController::legalChoices);
    }

    @PostMapping(FORM + "legal-status")
    String legalStatus(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return pages.submit(user, childId, LEGAL_STATUS, params, model, periods::changeLegalStatus,
                PeriodOfCareController::legalChoices);
    }

    @GetMapping(FORM + "period-end")
    String end(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String kind, Model model) {
        return pages.show(user, childId, END, kind, null, model, PeriodOfCareController::endChoices);
    }

    @PostMapping(FORM + "period-end")
    String end(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return pages.submit(user, childId, END, params, model, periods::end, PeriodOfCareController::endChoices);
    }

    private static void startChoices(Model model, ChildRecord child, int year) {
        legalChoices(model, child, year);
        model.addAttribute("needs", CodeList.CIN.labels(year));
        model.addAttribute("placements", CodeList.PLACE.labels(year));
        model.addAttribute("providers", CodeList.PLACE_PROVIDER.labels(year));
    }

    private static void legalChoices(Model model, ChildRecord child, int year) {
        model.addAttribute("legalStatuses", CodeList.LS.labels(year));
    }

    /** The year's reasons for leaving care: not X1, which continues care in a new episode. */
    private static void endChoices(Model model, ChildRecord child, int year) {
        var reasons = new LinkedHashMap<>(CodeList.REC.labels(year));
        reasons.remove("X1");
        model.addAttribute("reasons", reasons);
    }
}
