package org.ourpromise.returns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** SSDA903 dates are written dd/mm/yyyy (DOMAIN.md conventions). */
public final class Ssda903Dates {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Ssda903Dates() {
    }

    /**
     * The date, or null when the text is blank or not a real dd/mm/yyyy date (31/02/2024, 1/1/24).
     * Read by hand rather than with {@code DateTimeFormatter}: validation calls this millions of
     * times on a national return, and a formatter parse costs several times more. The two agree on
     * every input (Ssda903DatesTests).
     */
    public static LocalDate parseOrNull(String text) {
        if (text == null || text.length() != 10 || text.charAt(2) != '/' || text.charAt(5) != '/') {
            return null;
        }
        int day = twoDigits(text, 0);
        int month = twoDigits(text, 3);
        int year = twoDigits(text, 6) * 100 + twoDigits(text, 8);
        if (day < 1 || month < 1 || month > 12 || year < 0) {
            return null;
        }
        if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The two decimal digits at {@code at}, or a negative number when either is not a digit. */
    private static int twoDigits(String text, int at) {
        int tens = text.charAt(at) - '0';
        int units = text.charAt(at + 1) - '0';
        if (tens < 0 || tens > 9 || units < 0 || units > 9) {
            return -10_000;
        }
        return tens * 10 + units;
    }

    /** The reference reading, kept for the equivalence test. */
    static LocalDate parseWithFormatter(String text) {
        if (text == null || text.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(text, FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static boolean isValid(String text) {
        return parseOrNull(text) != null;
    }

    public static String format(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
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
