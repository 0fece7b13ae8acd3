package org.ourpromise.education;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.RecordingForm;
import org.ourpromise.casefile.RecordingPages;
import org.ourpromise.record.ChildRecord;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The personal education plan form on a child's record. */
@Controller
class PepFormController {

    // PEP meetings feed no column of the return
    static final RecordingForm PEP = new RecordingForm("pep", "Record a personal education plan meeting",
            "education/pep", List.of());

    private static final String FORM = "/children/{childId}/record/pep";

    private final RecordingPages pages;
    private final PepRecording recording;

    PepFormController(RecordingPages pages, PepRecording recording) {
        this.pages = pages;
        this.recording = recording;
    }

    @GetMapping(FORM)
    String show(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String kind, Model model) {
        return pages.show(user, childId, PEP, kind, null, model, PepFormController::noChoices);
    }

    @PostMapping(FORM)
    String submit(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return pages.submit(user, childId, PEP, params, model, recording::record, PepFormController::noChoices);
    }

    private static void noChoices(Model model, ChildRecord child, int year) {
        // the form asks only for the date
    }
}
