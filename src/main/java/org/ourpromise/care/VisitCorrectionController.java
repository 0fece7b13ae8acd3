package org.ourpromise.care;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.care.CareEpisodeRepository.StoredVisit;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.ChildNotFoundException;
import org.ourpromise.casefile.CurrentFacts;
import org.ourpromise.casefile.RecordingForm;
import org.ourpromise.casefile.RecordingPages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Correcting or withdrawing a statutory visit: the child's visits to choose from, then the correction form. */
@Controller
class VisitCorrectionController {

    static final RecordingForm FORM = new RecordingForm("visit-correction", "Correct a statutory visit",
            "care/visit-correction", List.of());
    private static final String PATH = "/children/{childId}/record/visit-correction";

    private final RecordingPages pages;
    private final CaseFile caseFile;
    private final VisitCorrection corrections;

    VisitCorrectionController(RecordingPages pages, CaseFile caseFile, VisitCorrection corrections) {
        this.pages = pages;
        this.caseFile = caseFile;
        this.corrections = corrections;
    }

    @GetMapping(PATH)
    String show(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String visit, Model model) {
        if (visit == null) {
            if (!childId.matches("[A-Za-z0-9_-]{1,40}")) {
                throw new ChildNotFoundException(childId);
            }
            var child = caseFile.open(user, childId, "opened the list of visits to correct");
            model.addAttribute("child", child);
            model.addAttribute("facts", CurrentFacts.of(child, caseFile.today()));
            var visits = new java.util.ArrayList<>(corrections.visits(childId));
            java.util.Collections.reverse(visits);
            model.addAttribute("visits", visits);
            return "care/visit-corrections";
        }
        return pages.show(user, childId, FORM, null, null, model, (m, child, year) -> {
            // after the access check: a visit that is not this child's is not found
            var stored = corrections.visit(childId, visit).orElseThrow(() -> new ChildNotFoundException(childId));
            m.addAttribute("visit", stored);
            m.addAttribute("values", valuesOf(stored));
        });
    }

    @PostMapping(PATH)
    String correct(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return pages.submit(user, childId, FORM, params, model, corrections::correct,
                (m, child, year) -> m.addAttribute("visit", corrections.visit(childId, params.get("visit"))
                        .orElse(null)));
    }

    private static Map<String, String> valuesOf(StoredVisit stored) {
        var values = new HashMap<String, String>();
        values.put("visit", String.valueOf(stored.id()));
        values.put("version", String.valueOf(stored.version()));
        values.put("date-day", String.valueOf(stored.visit().date().getDayOfMonth()));
        values.put("date-month", String.valueOf(stored.visit().date().getMonthValue()));
        values.put("date-year", String.valueOf(stored.visit().date().getYear()));
        values.put("seenAlone", stored.visit().seenAlone() ? "yes" : "");
        return values;
    }
}
