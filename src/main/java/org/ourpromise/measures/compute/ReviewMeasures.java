package org.ourpromise.measures.compute;

import static org.ourpromise.measures.Measure.count;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.measures.cohort.CareHistory;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * MEASURES.md §8: statutory reviews of arrangements held in the year, participation, and timeliness (a
 * local measure: DfE no longer publishes it, DOMAIN.md §2.11).
 */
final class ReviewMeasures implements MeasureFamily {

    static final List<String> CODES = List.of("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");
    private static final Set<String> PARTICIPATED = Set.of("PN1", "PN2", "PN3", "PN4", "PN5", "PN6");
    private static final String HELD = "Reviews rows with a REVIEW date within the year";

    @Override
    public List<Measure> measures(int year) {
        var m = new ArrayList<Measure>();
        m.add(count("reviews.held", "Reviews of arrangements held in the year.", HELD));
        CODES.forEach(c -> m.add(count("reviews.participation." + c, "Reviews held in the year with participation "
                + "code " + c + " (" + CodeList.REVIEW_CODE.label(c, year) + ").", HELD)));
        m.add(Measure.percentage("reviews.participation_pct", "Percentage of reviews in the year, of children aged 4 "
                        + "or over (a code PN1-PN7), in which the child participated (PN1-PN6); a local convention, "
                        + "unconfirmed as a DfE measure.", "reviews coded PN1-PN6", "reviews coded PN1-PN7"));
        m.add(Measure.percentage("reviews.on_time_pct", "Percentage of reviews held in the year on or before their due "
                        + "date: first within 20 working days of the start of the period of care (day 1 is the first "
                        + "working day after it, England and Wales), second within 3 months of the first, later ones "
                        + "within 6 months of the previous. Reviews of a period that started before the 1 April of the "
                        + "earliest review in the data are left out (their place in the sequence is unknown).",
                "reviews held on or before their due date", "reviews held in the year whose due date is known"));
        return m;
    }

    @Override
    public Map<String, MeasureValue> compute(CareHistory care) {
        var dueDates = dueDates(care);
        var held = new ArrayList<String>();
        var byCode = new Tally(CODES);
        var participated = new ArrayList<String>();
        var coded = new ArrayList<String>();
        var onTime = new ArrayList<String>();
        var known = new ArrayList<String>();
        for (var reviews : care.reviewsByChild()) {
            for (var review : reviews) {
                if (review.date().isBefore(care.start()) || review.date().isAfter(care.end())) {
                    continue;
                }
                String id = review.child();
                held.add(id);
                byCode.add(review.code(), id);
                if (!review.code().equals("PN0") && CODES.contains(review.code())) {
                    coded.add(id);
                    if (PARTICIPATED.contains(review.code())) {
                        participated.add(id);
                    }
                }
                var child = care.child(id);
                var due = child.isEmpty() ? null : dueDates.dueDate(child.get(), reviews, review);
                if (due != null) {
                    known.add(id);
                    if (!review.date().isAfter(due)) {
                        onTime.add(id);
                    }
                }
            }
        }
        var out = new LinkedHashMap<String, MeasureValue>();
        out.put("reviews.held", MeasureValue.count(held.size(), held));
        byCode.putCounts("reviews.participation.", out);
        out.put("reviews.participation_pct",
                MeasureValue.percentage(participated.size(), coded.size(), participated, coded));
        out.put("reviews.on_time_pct", MeasureValue.percentage(onTime.size(), known.size(), onTime, known));
        return out;
    }

    /** Due dates are known from the 1 April of the collection year of the earliest review in the data. */
    private static ReviewDueDate dueDates(CareHistory care) {
        var coverage = care.earliestReview()
                .map(d -> Ssda903Dates.collectionStart(Ssda903Dates.collectionYearOf(d)))
                .orElse(null);
        return new ReviewDueDate(WorkingDayCalendar.englandAndWales(), coverage);
    }
}
