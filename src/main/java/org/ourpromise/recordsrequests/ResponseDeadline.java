package org.ourpromise.recordsrequests;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * When a subject access request must be answered (UK GDPR art. 12(3), the ICO's guidance): one calendar month
 * from the day it was received, or from the day identity was confirmed if the council had to ask for proof. A
 * month from a day the next month does not have is that month's last day (31 January gives 28 or 29 February);
 * a due day on a weekend or bank holiday moves to the next working day. An extension of up to two further months
 * counts from the same first day (31 January, extended by two, gives 30 April, not 28 April). Pure: no clock.
 */
public final class ResponseDeadline {

    /** The most the month may be extended by, for complex or numerous requests. */
    public static final int MOST_EXTENSION_MONTHS = 2;

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private ResponseDeadline() {
    }

    /** The day the month starts counting from; null while proof of identity asked for has not been checked. */
    public static @Nullable LocalDate clockStarts(LocalDate received, boolean identityAsked,
            @Nullable LocalDate identityChecked) {
        if (!identityAsked) {
            return received;
        }
        if (identityChecked == null) {
            return null;
        }
        return identityChecked.isAfter(received) ? identityChecked : received;
    }

    /** The first month's due day: the latest an extension may be told to the requester. */
    public static LocalDate firstMonth(LocalDate start) {
        return due(start, 0);
    }

    /** The due day with {@code extensionMonths} (0 to 2) added to the first month. */
    public static LocalDate due(LocalDate start, int extensionMonths) {
        if (extensionMonths < 0 || extensionMonths > MOST_EXTENSION_MONTHS) {
            throw new IllegalArgumentException("an extension is 0, 1 or 2 months, not " + extensionMonths);
        }
        // plusMonths keeps the day of month, or the month's last day when it has no such day
        return onAWorkingDay(start.plusMonths(1L + extensionMonths));
    }

    private static LocalDate onAWorkingDay(LocalDate day) {
        var d = day;
        while (!CALENDAR.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
