package org.ourpromise.measures.local;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.EducationEvent;
import org.ourpromise.timescales.Birthdays;
import org.ourpromise.timescales.ReviewSchedule;
import org.ourpromise.timescales.TimescaleSettings;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * The snapshot measures for one child looked after at the end of a day, with the deadline rules' own
 * arithmetic: the review chain's 20 working days and 6 months ({@link ReviewSchedule}), the PEP rule's ages,
 * working days and interval ({@link TimescaleSettings}). Each answers null when the child is not in the cohort,
 * else whether the child is in the numerator.
 */
final class Snapshots {

    private Snapshots() {
    }

    /**
     * In the cohort once the first review of the period of care was due before {@code day}; in the numerator with a
     * review held since the period began whose 6 months (counted forward, clamped to the month's end) reach
     * {@code day}: the review rule's next due date is then not yet past.
     */
    static @Nullable Boolean carePlanReviewed(ChildRecord child, LocalDate periodStart, LocalDate day,
            WorkingDayCalendar calendar) {
        var schedule = ReviewSchedule.forPeriodOfCare(periodStart, calendar);
        if (!schedule.firstDue().isBefore(day)) {
            return null;
        }
        for (var r : child.reviews()) {
            var d = r.date();
            if (!d.isBefore(periodStart) && !d.isAfter(day) && !d.plusMonths(schedule.laterMonths()).isBefore(day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * In the cohort when of PEP age on {@code day} (from the starting birthday to the day before the last) and the
     * first PEP was due before {@code day}: the PEP rule's chain starts at the later of the period's start and the
     * starting birthday. In the numerator with a PEP meeting since that start whose interval reaches {@code day}.
     */
    static @Nullable Boolean pepCurrent(ChildRecord child, LocalDate periodStart, LocalDate day, TimescaleSettings s,
            WorkingDayCalendar calendar) {
        var from = Birthdays.nth(child.dateOfBirth(), s.pepFromAge());
        var until = Birthdays.nth(child.dateOfBirth(), s.pepUntilAge());
        if (day.isBefore(from) || !day.isBefore(until)) {
            return null;
        }
        var chainStart = from.isAfter(periodStart) ? from : periodStart;
        if (!calendar.addWorkingDays(chainStart, s.pepWorkingDays()).isBefore(day)) {
            return null;
        }
        for (var e : child.education()) {
            var d = e.date();
            if (e.kind() == EducationEvent.Kind.PEP_MEETING && !d.isBefore(chainStart) && !d.isAfter(day)
                    && !d.plusMonths(s.pepReviewMonths()).isBefore(day)) {
                return true;
            }
        }
        return false;
    }
}
