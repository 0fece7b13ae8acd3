package org.ourpromise.returns.derivation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * dd/mm/yyyy text for a date, blank for null: the same text as {@code Ssda903Dates.format}, written
 * by hand because a national-scale derivation formats millions of dates and the formatter
 * dominated the measured time.
 */
final class DateText {

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

    /**
     * The date of a dd/mm/yyyy text, null when blank or not a real date: the same answer as
     * {@code Ssda903Dates.parseOrNull}, without the formatter's cost.
     */
    public static @Nullable LocalDate parse(String text) {
        if (text.length() != 10 || text.charAt(2) != '/' || text.charAt(5) != '/') {
            return null;
        }
        int day = digits(text, 0, 2);
        int month = digits(text, 3, 5);
        int year = digits(text, 6, 10);
        if (day < 1 || month < 1 || month > 12 || year < 0 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void two(char[] c, int at, int value) {
        c[at] = (char) ('0' + value / 10);
        c[at + 1] = (char) ('0' + value % 10);
    }
}
