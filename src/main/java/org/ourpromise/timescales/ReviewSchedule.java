package org.ourpromise.timescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When each review of a chain is due (DOMAIN.md §3.2 review chain algorithm, MEASURES.md §8
 * {@code reviews.on_time_pct}): the first by {@code firstDue}, the second not more than
 * {@code secondMonths} after the first review actually held, each later one not more than
 * {@code laterMonths} after the previous review actually held. Month addition clamps to the month's
 * last day (31 May + 3 months = 31 August, 30 November + 3 months = 28/29 February). Because every due
 * date counts from the review actually held, an early review brings the next one forward and a late
 * one pushes it back.
 */
public record ReviewSchedule(LocalDate firstDue, int secondMonths, int laterMonths) {

    /** Statutory reviews of a period of care (CPR 2010 reg 33): 20 working days, then 3 and 6 months. */
    public static ReviewSchedule forPeriodOfCare(LocalDate periodStart, WorkingDayCalendar calendar) {
        return new ReviewSchedule(calendar.addWorkingDays(periodStart, 20), 3, 6);
    }

    /** Reviews of a reg 48 short-break arrangement, counted from the first break. */
    public static ReviewSchedule forShortBreaks(LocalDate firstBreak, TimescaleSettings settings) {
        return new ReviewSchedule(firstBreak.plusMonths(settings.shortBreakFirstReviewMonths()),
                settings.shortBreakReviewMonths(), settings.shortBreakReviewMonths());
    }

    /** The due date of the next review after {@code held} reviews (at least one), the last on {@code lastHeld}. */
    public LocalDate dueAfter(int held, LocalDate lastHeld) {
        if (held < 1) {
            throw new IllegalArgumentException("the first review is due on firstDue()");
        }
        return lastHeld.plusMonths(held == 1 ? secondMonths : laterMonths);
    }

    /**
     * The due date of each review held (sorted, all in this chain), followed by the due date of the
     * next one: {@code held.size() + 1} dates.
     */
    public List<LocalDate> dueDates(List<LocalDate> held) {
        var due = new ArrayList<LocalDate>(held.size() + 1);
        due.add(firstDue);
        for (int i = 0; i < held.size(); i++) {
            due.add(dueAfter(i + 1, held.get(i)));
        }
        return due;
    }
}
