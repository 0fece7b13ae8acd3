package org.ourpromise.returns.rules.reviews;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import org.jspecify.annotations.Nullable;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RuleContext;

/**
 * Reads dd/mm/yyyy dates exactly as {@link org.ourpromise.returns.Ssda903Dates#parseOrNull} does
 * (blank or not a real date gives null), without a formatter. The rules of this package read the
 * same episode dates again and again; at national scale (hundreds of thousands of episodes, two
 * returns) formatter parsing was most of their time.
 */
final class RowDates {

    private RowDates() {
    }

    static @Nullable LocalDate read(Ssda903Row row, String column) {
        return parse(row.get(column));
    }

    /** The child's date of birth from the Header, if there is a Header row with a valid DOB. */
    static @Nullable LocalDate birth(RuleContext ctx, String child) {
        return ctx.header(child).map(h -> read(h, "DOB")).orElse(null);
    }

    static @Nullable LocalDate parse(String text) {
        if (text.length() != 10 || text.charAt(2) != '/' || text.charAt(5) != '/') {
            return null;
        }
        int day = digits(text, 0, 2);
        int month = digits(text, 3, 5);
        int year = digits(text, 6, 10);
        if (day < 1 || month < 1 || month > 12 || year < 0
                || day > Month.of(month).length(Year.isLeap(year))) {
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
}
