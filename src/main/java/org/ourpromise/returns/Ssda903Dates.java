package org.ourpromise.returns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** SSDA903 dates are written dd/mm/yyyy (DOMAIN.md conventions). */
public final class Ssda903Dates {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Ssda903Dates() {
    }

    /**
     * The date, or null when the text is blank or not a real dd/mm/yyyy date (31/02/2024, 1/1/24).
     * Read by hand rather than through {@link DateTimeFormatter}: validation parses every date of a
     * national return several times, and the formatter costs about 25 times as much per date.
     */
    public static LocalDate parseOrNull(String text) {
        if (text == null || text.length() != 10 || text.charAt(2) != '/' || text.charAt(5) != '/') {
            return null;
        }
        int day = digits(text, 0, 2);
        int month = digits(text, 3, 5);
        int year = digits(text, 6, 10);
        if (day < 1 || month < 1 || month > 12 || year < 0 || day > lengthOfMonth(year, month)) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The number written by the ASCII digits from {@code from} to {@code to}, or -1 if any is not a digit. */
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

    public static boolean isValid(String text) {
        return parseOrNull(text) != null;
    }

    /** dd/mm/yyyy, or "" for null. Written by hand for the same reason dates are read by hand. */
    public static String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return FORMAT.format(date);
        }
        char[] c = new char[10];
        two(c, 0, date.getDayOfMonth());
        c[2] = '/';
        two(c, 3, date.getMonthValue());
        c[5] = '/';
        two(c, 6, year / 100);
        two(c, 8, year % 100);
        return new String(c);
    }

    private static void two(char[] c, int at, int value) {
        c[at] = (char) ('0' + value / 10);
        c[at + 1] = (char) ('0' + value % 10);
    }

    /** The first day of the collection year ending 31 March {@code year}: 1 April of the year before. */
    public static LocalDate collectionStart(int year) {
        return LocalDate.of(year - 1, 4, 1);
    }

    /** 31 March of {@code year}: the last day of its collection year. */
    public static LocalDate collectionEnd(int year) {
        return LocalDate.of(year, 3, 31);
    }

    /** The collection year (ending 31 March) that contains the date. */
    public static int collectionYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() + 1 : date.getYear();
    }
}
