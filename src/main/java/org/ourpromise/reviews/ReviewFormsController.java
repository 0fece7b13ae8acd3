package org.ourpromise.reviews;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.RecordingForm;
import org.ourpromise.casefile.RecordingForm.ReturnField;
import org.ourpromise.casefile.RecordingPages;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.returns.CodeList;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The review forms on a child's record: a review held, and the IRO's decisions and record sent after it. */
@Controller
class ReviewFormsController {

    static final RecordingForm REVIEW = new RecordingForm("review", "Record a review", "reviews/review", List.of(
            ReturnField.date("date", "Date of the review", "REVIEW"),
            ReturnField.field("participation", "How the child took part", "REVIEW_CODE")));
    // when the IRO's decisions and record were sent is not in the return
    static final RecordingForm REVIEW_SENT = new RecordingForm("review-sent",
            "Record the decisions or record sent after a review", "reviews/review-sent", List.of());

    private static final String FORM = "/children/{childId}/record/";

    private final RecordingPages pages;
    private final ReviewRecording recording;

    ReviewFormsController(RecordingPages pages, ReviewRecording recording) {
        this.pages = pages;
        this.recording = recording;
    }

    @GetMapping(FORM + "review")
    String review(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String kind, Model model) {
        return pages.show(user, childId, REVIEW, kind, null, model, ReviewFormsController::reviewChoices);
    }

    @PostMapping(FORM + "review")
    String review(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        String view = pages.submit(user, childId, REVIEW, params, model, recording::review,
                ReviewFormsController::reviewChoices);
        if (view.startsWith("redirect:") || view.equals("children/saved")) {
            // saved: on to what the review decided (how it was held, who came, decisions and actions)
            var date = new FormInput(params).date("date", "date of the review", true, LocalDate.MAX);
            String next = UriComponentsBuilder.fromPath("/iro/reviews/{id}/{date}")
                    .buildAndExpand(childId, date).encode().toUriString();
            if (view.startsWith("redirect:")) {
                SuccessBanner.flash("Review on " + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(date) + " recorded. Now record how the child "
                        + "wanted it held, who attended, the decisions and the actions agreed.");
                return "redirect:" + next;
            }
            model.addAttribute("next", next);
            model.addAttribute("nextText", "Record what the review decided");
        }
        return view;
    }

    @GetMapping(FORM + "review-sent")
    String reviewSent(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String kind, Model model) {
        return pages.show(user, childId, REVIEW_SENT, kind, null, model, ReviewFormsController::reviewsToSend);
    }

    @PostMapping(FORM + "review-sent")
    String reviewSent(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return pages.submit(user, childId, REVIEW_SENT, params, model, recording::papersSent,
                ReviewFormsController::reviewsToSend);
    }

    private static void reviewChoices(Model model, ChildRecord child, int year) {
        model.addAttribute("participation", CodeList.REVIEW_CODE.labels(year));
    }

    /** The reviews whose decisions or record are not yet sent, newest first. */
    private static void reviewsToSend(Model model, ChildRecord child, int year) {
        var reviews = new LinkedHashMap<String, String>();
        child.reviews().stream().filter(r -> r.decisionsIssued() == null || r.recordIssued() == null)
                .sorted(Comparator.comparing(ReviewHeld::date).reversed())
                .forEach(r -> reviews.put(r.date().toString(), "Review of " + Ssda903Dates.format(r.date())
                        + (r.decisionsIssued() == null ? ", decisions not sent" : "")
                        + (r.recordIssued() == null ? ", record not sent" : "")));
        model.addAttribute("reviewsToSend", reviews);
    }
}
