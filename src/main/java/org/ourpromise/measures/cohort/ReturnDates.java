package org.ourpromise.measures.cohort;

import java.time.LocalDate;
import java.time.Year;
import org.jspecify.annotations.Nullable;
import org.ourpromise.returns.Ssda903Row;

/**
 * dd/mm/yyyy dates read the way {@link org.ourpromise.returns.Ssda903Dates#parseOrNull} reads them (strict:
 * 31/02/2025 and 1/1/25 are not dates), without a formatter: the measures read a few million dates at
 * national scale and the formatter was a large share of the time.
 */
public final class ReturnDates {

    private ReturnDates() {
    }

    public static @Nullable LocalDate date(Ssda903Row row, String column) {
        return parse(row.get(column));
    }

    public static @Nullable LocalDate parse(String text) {
        if (text.length() != 10 || text.charAt(2) != '/' || text.charAt(5) != '/') {
            return null;
        }
        int day = digits(text, 0, 2);
        int month = digits(text, 3, 5);
        int year = digits(text, 6, 10);
        if (day < 1 || month < 1 || month > 12 || year < 0 || day > lengthOf(month, year)) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int lengthOf(int month, int year) {
        return switch (month) {
            case 2 -> Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The number written in text[from, to), or -1 when a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
