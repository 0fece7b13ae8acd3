package org.ourpromise.reviews;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.Outcome;
import org.ourpromise.casefile.RecordChecks;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.writtentoyou.ChildsWords;
import org.ourpromise.writtentoyou.WrittenToYou;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A review of arrangements held, and the IRO's decisions and record sent after one already recorded. */
@Service
class ReviewRecording {

    private final CaseFile caseFile;
    private final ReviewRepository reviews;

    private final WrittenToYou writtenToYou;

    ReviewRecording(CaseFile caseFile, ReviewRepository reviews, WrittenToYou writtenToYou) {
        this.caseFile = caseFile;
        this.reviews = reviews;
        this.writtenToYou = writtenToYou;
    }

    @Transactional
    public Outcome review(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.read(user, childId);
        var today = caseFile.today();
        LocalDate date = in.date("date", "date of the review", true, today);
        int year = RecordChecks.codeYear(date, today);
        String code = in.code("participation", "way the child took part", CodeList.REVIEW_CODE, year, true);
        LocalDate decisions = in.date("decisions", "date the decisions were sent", false, today);
        LocalDate record = in.date("record", "date the review record was sent", false, today);
        if (date != null && !RecordChecks.inCareOn(child, date)) {
            in.error("date", "This child was not in care on that date, so no review of arrangements was due");
        }
        if (date != null && decisions != null && decisions.isBefore(date)) {
            in.error("decisions", "The decisions cannot be sent before the review");
        }
        if (date != null && record != null && record.isBefore(date)) {
            in.error("record", "The record cannot be sent before the review");
        }
        var words = ChildsWords.read(in);
        if (in.hasErrors()) {
            return Outcome.refused(in, child);
        }
        reviews.insert(childId, List.of(new ReviewHeld(date, code, decisions, record)));
        writtenToYou.save(childId, WrittenToYou.About.REVIEW, date, null, words, user.username());
        return caseFile.recorded(reread(child), "Review on " + Ssda903Dates.format(date),
                new ReviewRecorded(childId, date));
    }

    /** The IRO's decisions and the full record sent after a review already recorded. */
    @Transactional
    public Outcome papersSent(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.read(user, childId);
        var today = caseFile.today();
        var review = child.reviews().stream().filter(r -> r.date().toString().equals(in.raw("review"))).findFirst()
                .orElse(null);
        if (review == null) {
            in.error("review", "Select the review");
        }
        LocalDate decisions = in.date("decisions", "date the decisions were sent", false, today);
        LocalDate record = in.date("record", "date the review record was sent", false, today);
        if (review != null) {
            checkSent(in, "decisions", "The decisions", review, decisions, review.decisionsIssued());
            checkSent(in, "record", "The record", review, record, review.recordIssued());
        }
        if (!in.hasErrors() && decisions == null && record == null) {
            in.error("decisions", "Enter the date the decisions or the record were sent");
        }
        if (in.hasErrors()) {
            return Outcome.refused(in, child);
        }
        reviews.recordSent(childId, review.date(), decisions, record);
        return caseFile.recorded(reread(child), "Review of " + Ssda903Dates.format(review.date()) + ": "
                + (decisions != null ? "decisions sent " + Ssda903Dates.format(decisions) : "")
                + (decisions != null && record != null ? ", " : "")
                + (record != null ? "record sent " + Ssda903Dates.format(record) : ""),
                new ReviewPapersSent(childId, review.date()));
    }

    /** A paper is sent after its review, and once. */
    private static void checkSent(FormInput in, String field, String paper, ReviewHeld review, @Nullable LocalDate sent,
            @Nullable LocalDate alreadySent) {
        if (sent != null && sent.isBefore(review.date())) {
            in.error(field, paper + " cannot be sent before the review");
        } else if (sent != null && alreadySent != null) {
            in.error(field, paper + " of this review " + (field.equals("decisions") ? "were" : "was")
                    + " already recorded as sent on " + Ssda903Dates.format(alreadySent));
        }
    }

    private ChildRecord reread(ChildRecord child) {
        return child.withReviews(reviews.reviews(child.childId()).getOrDefault(child.childId(), List.of()));
    }
}
