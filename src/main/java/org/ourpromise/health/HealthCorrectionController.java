package org.ourpromise.health;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CorrectionPages;
import org.ourpromise.casefile.RecordingForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Correcting or withdrawing a health event: the child's health events to choose from, then the correction form. */
@Controller
class HealthCorrectionController {

    static final RecordingForm FORM = CorrectionPages.form("health-correction", "Correct a health event");
    private static final String PATH = "/children/{childId}/record/health-correction";

    private final CorrectionPages pages;
    private final HealthCorrections events;

    HealthCorrectionController(CorrectionPages pages, HealthCorrections events) {
        this.pages = pages;
        this.events = events;
    }

    @GetMapping(PATH)
    String show(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String event, Model model) {
        return pages.show(user, childId, FORM, events, event, model);
    }

    @PostMapping(PATH)
    String correct(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return pages.submit(user, childId, FORM, events, params, model);
    }
}
