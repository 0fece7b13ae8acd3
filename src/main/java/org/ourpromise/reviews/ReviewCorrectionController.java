package org.ourpromise.reviews;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.returns.CodeList;
import org.ourpromise.reviews.ReviewRepository.StoredReview;
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

/** Correcting or withdrawing a review: the child's reviews to choose from, then the correction form. */
@Controller
class ReviewCorrectionController {

    static final RecordingForm FORM = new RecordingForm("review-correction", "Correct a review",
            "reviews/review-correction", List.of());
    private static final String PATH = "/children/{childId}/record/review-correction";

    private final RecordingPages pages;
    private final CaseFile caseFile;
    private final ReviewCorrection corrections;

    ReviewCorrectionController(RecordingPages pages, CaseFile caseFile, ReviewCorrection corrections) {
        this.pages = pages;
        this.caseFile = caseFile;
        this.corrections = corrections;
    }

    @GetMapping(PATH)
    String show(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String review, Model model) {
        if (review == null) {
            if (!childId.matches("[A-Za-z0-9_-]{1,40}")) {
                throw new ChildNotFoundException(childId);
            }
            var child = caseFile.open(user, childId, "opened the list of reviews to correct");
            model.addAttribute("child", child);
            model.addAttribute("facts", CurrentFacts.of(child, caseFile.today()));
            var reviews = new java.util.ArrayList<>(corrections.reviews(childId));
            java.util.Collections.reverse(reviews);
            model.addAttribute("reviews", reviews);
            var words = new HashMap<Long, String>();
            reviews.forEach(r -> words.put(r.id(), ReviewCorrection.words(r.review())));
            model.addAttribute("words", words);
            return "reviews/review-corrections";
        }
        return pages.show(user, childId, FORM, null, null, model, (m, child, year) -> {
            // after the access check: a review that is not this child's is not found
            var stored = corrections.review(childId, review).orElseThrow(() -> new ChildNotFoundException(childId));
            m.addAttribute("review", stored);
            m.addAttribute("codes", CodeList.REVIEW_CODE.labels(year));
            m.addAttribute("values", valuesOf(stored));
        });
    }

    @PostMapping(PATH)
    String correct(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return pages.submit(user, childId, FORM, params, model, corrections::correct,
                (m, child, year) -> {
                    m.addAttribute("review", corrections.review(childId, params.get("review")).orElse(null));
                    m.addAttribute("codes", CodeList.REVIEW_CODE.labels(year));
                });
    }

    private static Map<String, String> valuesOf(StoredReview stored) {
        var values = new HashMap<String, String>();
        values.put("review", String.valueOf(stored.id()));
        values.put("version", String.valueOf(stored.version()));
        values.put("date-day", String.valueOf(stored.review().date().getDayOfMonth()));
        values.put("date-month", String.valueOf(stored.review().date().getMonthValue()));
        values.put("date-year", String.valueOf(stored.review().date().getYear()));
        values.put("participation", stored.review().participation());
        return values;
    }
}
