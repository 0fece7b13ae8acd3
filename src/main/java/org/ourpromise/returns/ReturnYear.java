package org.ourpromise.returns;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The collection year whose return is being prepared: the one every page opens at unless asked for another
 * (the dashboard and the data-quality page among them), so two pages never open at different years.
 *
 * <p>The year that ended on the last 31 March until its return's submission window closes, then the year in
 * progress. The domain notes give no date for the window, so it is a setting ({@code casefile.ReturnYearSetting}),
 * 30 June unless the council says otherwise (decision 0156).
 *
 * @param windowClosesMonth the month (April to December) the submission window of the year just ended closes
 * @param windowClosesDay   its last day in that month
 */
public record ReturnYear(int windowClosesMonth, int windowClosesDay) {

    public ReturnYear {
        if (windowClosesMonth < 4 || windowClosesMonth > 12) {
            throw new IllegalArgumentException("promise.return.window-closes-month must be 4 to 12 (April to December,"
                    + " after the year ends on 31 March): " + windowClosesMonth);
        }
        try {
            MonthDay.of(windowClosesMonth, windowClosesDay);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("promise.return.window-closes-day is not a day of month "
                    + windowClosesMonth + ": " + windowClosesDay, e);
        }
    }

    /** The year being prepared on {@code today} (the year ending 31 March of the number returned). */
    public int beingPreparedOn(LocalDate today) {
        return beingPreparedOn(today, MonthDay.of(windowClosesMonth, windowClosesDay));
    }

    /** The last day of the submission window of the return for the year ending 31 March {@code year}. */
    public LocalDate windowCloses(int year) {
        return MonthDay.of(windowClosesMonth, windowClosesDay).atYear(year);
    }

    static int beingPreparedOn(LocalDate today, MonthDay windowCloses) {
        int inProgress = Ssda903Dates.collectionYearOf(today);
        // the year before the one in progress ended on 31 March of its own number; its window closes that summer
        return today.isAfter(windowCloses.atYear(inProgress - 1)) ? inProgress : inProgress - 1;
    }
}
