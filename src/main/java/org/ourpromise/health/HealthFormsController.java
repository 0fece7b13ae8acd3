package org.ourpromise.health;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.RecordingForm;
import org.ourpromise.casefile.RecordingForm.ReturnField;
import org.ourpromise.casefile.RecordingPages;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.HealthEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The health form on a child's record: an assessment (initial or review), a referral for one, a dental check,
 * immunisations and development checks, an SDQ score or why there is none, substance misuse and the help offered.
 */
@Controller
class HealthFormsController {

    static final RecordingForm HEALTH_ASSESSMENT = new RecordingForm("health-assessment",
            "Record a health assessment, check or questionnaire", "health/health-assessment", List.of(
                    ReturnField.date("date", "Date it happened", "HEALTH_ASSESSMENT")));

    private static final String FORM = "/children/{childId}/record/health-assessment";

    private final RecordingPages pages;
    private final HealthRecording recording;

    HealthFormsController(RecordingPages pages, HealthRecording recording) {
        this.pages = pages;
        this.recording = recording;
    }

    /** A worklist line opens the form with its choice made; the form's usual choice is the assessment. */
    @GetMapping(FORM)
    String show(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String kind, Model model) {
        return pages.show(user, childId, HEALTH_ASSESSMENT, kind, HealthEvent.Kind.HEALTH_ASSESSMENT.name(), model,
                HealthFormsController::choices);
    }

    @PostMapping(FORM)
    String submit(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return pages.submit(user, childId, HEALTH_ASSESSMENT, params, model, recording::record,
                HealthFormsController::choices);
    }

    private static void choices(Model model, ChildRecord child, int year) {
        model.addAttribute("healthKinds", HealthFacts.KINDS);
        model.addAttribute("healthHints", HealthFacts.HINTS);
        model.addAttribute("assessments", HealthFacts.ASSESSMENTS);
        model.addAttribute("upToDate", HealthFacts.UP_TO_DATE);
        model.addAttribute("sdqReasons", HealthFacts.sdqReasons(year));
    }
}
