package org.ourpromise.returns.derivation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * dd/mm/yyyy text for a date, blank for null: the same text as {@code Ssda903Dates.format}, written
 * by hand because a national-scale derivation formats millions of dates and the formatter
 * dominated the measured time.
 */
public final class DateText {

    private DateText() {
    }

    public static String of(@Nullable LocalDate d) {
        if (d == null) {
            return "";
        }
        int year = d.getYear();
        if (year < 1000 || year > 9999) {
            return org.ourpromise.returns.Ssda903Dates.format(d);
        }
        char[] c = new char[10];
        two(c, 0, d.getDayOfMonth());
        c[2] = '/';
        two(c, 3, d.getMonthValue());
        c[5] = '/';
        two(c, 6, year / 100);
        two(c, 8, year % 100);
        return new String(c);
    }

    private static void two(char[] c, int at, int value) {
        c[at] = (char) ('0' + value / 10);
        c[at + 1] = (char) ('0' + value % 10);
    }
}
