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

/**
 * Correcting or withdrawing a statutory visit: the child's visits to choose from (a long list, sortable and paged,
 * its CSV from {@link VisitCsvController}), then the correction form.
 */
@Controller
class VisitCorrectionController {

    static final RecordingForm FORM = new RecordingForm("visit-correction", "Correct a statutory visit",
            "care/visit-correction", List.of());
    private static final String PATH = "/children/{childId}/record/visit-correction";

    private final RecordingPages pages;
    private final CaseFile caseFile;
    private final VisitCorrection corrections;
    private final VisitList visits;

    VisitCorrectionController(RecordingPages pages, CaseFile caseFile, VisitCorrection corrections,
            VisitList visits) {
        this.pages = pages;
        this.caseFile = caseFile;
        this.corrections = corrections;
        this.visits = visits;
    }

    @GetMapping(PATH)
    String show(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String visit, @RequestParam Map<String, String> params,
            Model model) {
        if (visit == null) {
            return choose(user, checked(childId), params, model);
        }
        return pages.show(user, childId, FORM, null, null, model, (m, child, year) -> {
            // after the access check: a visit that is not this child's is not found
            var stored = corrections.visit(childId, visit).orElseThrow(() -> new ChildNotFoundException(childId));
            m.addAttribute("visit", stored);
            m.addAttribute("values", valuesOf(stored));
        });
    }

    /** The child's visits to choose one from: newest first unless asked otherwise, a page at a time. */
    private String choose(PromiseUser user, String childId, Map<String, String> params, Model model) {
        var child = caseFile.open(user, childId, "opened the list of visits to correct");
        String path = VisitList.path(childId);
        var page = VisitList.COLUMNS.page(visits.of(childId), params.get("sort"), params.get("order"),
                params.get("page"), path, Map.of());
        model.addAttribute("child", child);
        model.addAttribute("facts", CurrentFacts.of(child, caseFile.today()));
        model.addAttribute("visits", page);
        model.addAttribute("csvLink", page.isEmpty() ? null : page.wholeListAt(path + ".csv"));
        return "care/visit-corrections";
    }

    /** A child id as the address may carry it; anything else is no child. */
    static String checked(String childId) {
        if (!childId.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new ChildNotFoundException(childId);
        }
        return childId;
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
