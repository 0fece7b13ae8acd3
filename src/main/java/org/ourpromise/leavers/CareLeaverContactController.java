package org.ourpromise.leavers;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

/** The care leaver contact form on a young person's record. */
@Controller
class CareLeaverContactController {

    static final RecordingForm CARE_LEAVER_CONTACT = new RecordingForm("care-leaver-contact",
            "Record a care leaver contact", "leavers/care-leaver-contact", List.of(
                    ReturnField.field("inTouch", "Is the council in touch with the young person?", "IN_TOUCH"),
                    ReturnField.field("activity", "Main activity", "ACTIV"),
                    ReturnField.field("accommodation", "Where they live", "ACCOM")));

    private static final String FORM = "/children/{childId}/record/care-leaver-contact";

    private final RecordingPages pages;
    private final CareLeaverContactRecording recording;

    CareLeaverContactController(RecordingPages pages, CareLeaverContactRecording recording) {
        this.pages = pages;
        this.recording = recording;
    }

    @GetMapping(FORM)
    String show(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String kind, Model model) {
        return pages.show(user, childId, CARE_LEAVER_CONTACT, kind, null, model, CareLeaverContactController::choices);
    }

    @PostMapping(FORM)
    String submit(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return pages.submit(user, childId, CARE_LEAVER_CONTACT, params, model, recording::record,
                CareLeaverContactController::choices);
    }

    private static void choices(Model model, ChildRecord child, int year) {
        model.addAttribute("inTouch", inTouchAnswers(CodeList.IN_TOUCH.labels(year)));
        var methods = new java.util.LinkedHashMap<String, String>();
        for (var m : ContactMethod.values()) {
            methods.put(m.name(), m.words());
        }
        model.addAttribute("methods", methods);
        model.addAttribute("activities", CodeList.ACTIV.labels(year));
        model.addAttribute("accommodation", CodeList.ACCOM_LETTER.labels(year));
        model.addAttribute("suitability", new TreeMap<>(Map.of("1", "Yes, suitable", "2", "No, not suitable")));
    }

    /**
     * The return's IN_TOUCH question ("is the council in touch with the care leaver?") answered in words that fit
     * it; a code the year's list has and these words do not cover keeps the list's label.
     */
    static Map<String, String> inTouchAnswers(Map<String, String> yearsCodes) {
        var words = Map.of("YES", "Yes", "NO", "No", "DIED", "No: they have died since leaving care",
                "REFU", "No: they refuse contact", "NREQ", "No: they no longer need leaving care services",
                "RHOM", "No: they have lived with their parents, or someone with parental responsibility, for 6 months or more");
        var answers = new java.util.LinkedHashMap<String, String>();
        yearsCodes.forEach((code, label) -> answers.put(code, words.getOrDefault(code, label)));
        return answers;
    }
}
