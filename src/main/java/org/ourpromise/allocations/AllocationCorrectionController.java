package org.ourpromise.allocations;

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

/** Correcting or withdrawing an allocation made in error: the child's allocations to choose from, then the form. */
@Controller
class AllocationCorrectionController {

    static final RecordingForm FORM = CorrectionPages.form("allocation-correction", "Correct an allocation");
    private static final String PATH = "/children/{childId}/record/allocation-correction";

    private final CorrectionPages pages;
    private final AllocationCorrections events;

    AllocationCorrectionController(CorrectionPages pages, AllocationCorrections events) {
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
