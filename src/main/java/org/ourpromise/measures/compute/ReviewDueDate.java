package org.ourpromise.measures.compute;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.measures.cohort.ChildCare;
import org.ourpromise.measures.cohort.Review;
import org.ourpromise.timescales.ReviewSchedule;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * The due date of a review of arrangements, MEASURES.md §8 (Care Planning Regulations 2010 reg 33; DOMAIN.md
 * §3.2): the first within 20 working days of the start of the period of care, the second within 3 months of
 * the first, later ones within 6 months of the previous one. Months clamp to the month's last day. The
 * arithmetic is the deadline engine's {@link ReviewSchedule} (decision 0014); which reviews count as the
 * period's earlier ones (same-day rows, the data's coverage) is decided here.
 */
final class ReviewDueDate {

    private final WorkingDayCalendar calendar;
    private final @Nullable LocalDate coverage;

    /**
     * @param coverage the 1 April beginning the collection year of the earliest review in the data: a period
     *        that started before it may have had reviews the data does not hold, so its sequence is unknown
     */
    ReviewDueDate(WorkingDayCalendar calendar, @Nullable LocalDate coverage) {
        this.calendar = calendar;
        this.coverage = coverage;
    }

    /**
     * The date by which {@code review} was due, or null when it is not known: no period of care (after
     * removing short breaks) started by the review's date, or that period started before the coverage.
     *
     * @param reviews all the child's reviews, sorted by date
     */
    @Nullable LocalDate dueDate(ChildCare child, List<Review> reviews, Review review) {
        var period = child.latestPeriodStartingBy(review.date());
        if (period == null || coverage == null || period.start().isBefore(coverage)) {
            return null;
        }
        int predecessors = 0;
        LocalDate previous = null;
        for (var r : reviews) {
            var d = r.date();
            if (!d.isBefore(review.date())) {
                break;
            }
            // Several rows on one day are one review for the sequence.
            if (!d.isBefore(period.start()) && !d.equals(previous)) {
                predecessors++;
                previous = d;
            }
        }
        var schedule = ReviewSchedule.forPeriodOfCare(period.start(), calendar);
        return predecessors == 0 ? schedule.firstDue() : schedule.dueAfter(predecessors, previous);
    }
}
