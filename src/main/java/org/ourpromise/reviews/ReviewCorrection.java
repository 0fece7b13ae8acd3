package org.ourpromise.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.Corrections;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.Outcome;
import org.ourpromise.casefile.RecordChecks;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.reviews.ReviewRepository.StoredReview;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correcting a review recorded wrongly (its date, how the child took part) or withdrawing one that was not held, with
 * a reason, at the version the user opened; the version replaced is kept by {@link Corrections} (decision 0085).
 */
@Service
class ReviewCorrection {

    private final CaseFile caseFile;
    private final ReviewRepository reviews;
    private final Corrections corrections;

    ReviewCorrection(CaseFile caseFile, ReviewRepository reviews, Corrections corrections) {
        this.caseFile = caseFile;
        this.reviews = reviews;
        this.corrections = corrections;
    }

    @Transactional(readOnly = true)
    public List<StoredReview> reviews(String childId) {
        return reviews.storedReviews(childId);
    }

    @Transactional(readOnly = true)
    public Optional<StoredReview> review(String childId, @Nullable String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long reviewId = Long.parseLong(id);
        return reviews.storedReviews(childId).stream().filter(r -> r.id() == reviewId).findFirst();
    }

    @Transactional
    public Outcome correct(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.read(user, childId);
        var stored = review(childId, in.raw("review")).orElse(null);
        if (stored == null || !String.valueOf(stored.version()).equals(in.raw("version"))) {
            return changed(childId, in, child);
        }
        var was = stored.review();
        boolean withdraw = in.yes("withdraw");
        LocalDate date = withdraw ? was.date() : in.date("date", "date of the review", true, caseFile.today());
        String code = withdraw ? was.participation() : in.code("participation", "way the child took part",
                CodeList.REVIEW_CODE, RecordChecks.codeYear(date, caseFile.today()), true);
        if (!withdraw && date != null && !RecordChecks.inCareOn(child, date)) {
            in.error("date", "This child was not in care on that date, so no review of arrangements was due");
        } else if (!withdraw && date != null && date.equals(was.date()) && was.participation().equals(code)) {
            in.error("date", "Nothing has been changed: correct the date or how the child took part, or withdraw it");
        }
        String reason = Corrections.reason(in);
        if (in.hasErrors() || date == null || code == null || reason == null) {
            return Outcome.refused(in, child);
        }
        boolean saved = withdraw ? reviews.withdrawReview(childId, stored.id(), stored.version())
                : reviews.correctReview(childId, stored.id(), stored.version(), date, code);
        if (!saved) {
            return changed(childId, in, child);
        }
        var changed = child.withReviews(reviews.reviews(childId).getOrDefault(childId, List.of()));
        return corrections.corrected(user, changed, "review", String.valueOf(stored.id()), date, withdraw, reason,
                words(was), words(new ReviewHeld(date, code, was.decisionsIssued(), was.recordIssued())),
                new ReviewCorrected(childId, was.date(), date, withdraw));
    }

    /** Refused: the review changed after the page opened (shown as saved now beside the entries), or has gone. */
    private Outcome changed(String childId, FormInput in, org.ourpromise.record.ChildRecord child) {
        var now = review(childId, in.raw("review")).orElse(null);
        if (now == null) {
            in.error("review", "This review is no longer on the record: it may have been withdrawn."
                    + " Go back to the record and choose it again");
            return Outcome.refused(in, child);
        }
        return Outcome.stale(in, child, changes(now, in), "review");
    }

    /** The review as saved now beside what the user entered on a page opened before it was changed. */
    private static StaleEdit changes(StoredReview stored, FormInput in) {
        var r = stored.review();
        int year = Ssda903Dates.collectionYearOf(r.date());
        String code = in.raw("participation").toUpperCase(java.util.Locale.ROOT);
        return new StaleEdit(stored.version())
                .compare("Date of the review", Ssda903Dates.format(r.date()), StaleEdit.enteredDate(in, "date"))
                .compare("How the child took part", CodeList.REVIEW_CODE.label(r.participation(), year),
                        code.isEmpty() ? "" : CodeList.REVIEW_CODE.label(code, year))
                .compare("Withdrawn", "No", in.yes("withdraw") ? "Yes" : "No");
    }

    static String words(ReviewHeld r) {
        return "review on " + Ssda903Dates.format(r.date()) + ", " + CodeList.REVIEW_CODE.label(r.participation(),
                Ssda903Dates.collectionYearOf(r.date())).toLowerCase(java.util.Locale.ROOT);
    }
}
