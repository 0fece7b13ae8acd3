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

    /** The date, or null when the text is blank or not a real dd/mm/yyyy date (31/02/2024, 1/1/24). */
    public static LocalDate parseOrNull(String text) {
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
