package org.ourpromise.reports.boardpack;

import java.time.YearMonth;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ourpromise.reports.BoardPeriod;
import org.ourpromise.reports.figures.ReportLibrary;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The pack's period from the request: a collection year, a quarter or a month (one of them), checked. */
final class PackPeriods {

    /** {@code YYYY-Qn}: quarter n (1 = April to June) of the collection year ending 31 March YYYY. */
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** {@code YYYY-MM}: a calendar month (the board asks for the record's figures monthly). */
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    /** A period chosen and the query string that asks for it again ({@code year=}, {@code quarter=} or {@code month=}). */
    record Chosen(BoardPeriod period, String query) {
    }

    private final ReportLibrary library;

    PackPeriods(ReportLibrary library) {
        this.library = library;
    }

    Chosen chosen(@Nullable String year, @Nullable String quarter, @Nullable String month) {
        boolean hasYear = year != null && !year.isBlank();
        boolean hasMonth = month != null && !month.isBlank();
        boolean hasQuarter = quarter != null && !quarter.isBlank();
        if ((hasYear ? 1 : 0) + (hasMonth ? 1 : 0) + (hasQuarter ? 1 : 0) > 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give a year, a quarter or a month, not more than one");
        }
        if (hasYear) {
            int y = library.year(year);
            if (y > library.latestCompleteYear()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No yearly pack for " + y
                        + ": the collection year has not ended");
            }
            return new Chosen(BoardPeriod.year(y), "year=" + y);
        }
        var period = period(quarter, month);
        return new Chosen(period, code(period, month));
    }

    private BoardPeriod period(@Nullable String quarter, @Nullable String month) {
        boolean hasMonth = month != null && !month.isBlank();
        if (hasMonth && quarter != null && !quarter.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give a quarter or a month, not both");
        }
        return hasMonth ? month(month) : quarter(quarter);
    }

    /** A month that has started, from 2000 on. */
    private BoardPeriod month(String text) {
        var m = MONTH.matcher(text.strip());
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int mm = Integer.parseInt(m.group(2));
            if (mm >= 1 && mm <= 12 && year >= 2000) {
                var month = YearMonth.of(year, mm);
                if (month.isAfter(YearMonth.from(library.today()))) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No board pack for " + text.strip()
                            + ": the month has not started");
                }
                return BoardPeriod.month(month);
            }
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "Give the month as YYYY-MM, from 2000-01 to this month: for example 2026-10");
    }

    /** Absent: the last quarter that has ended, the one a board meeting now would discuss. */
    private BoardPeriod quarter(@Nullable String text) {
        if (text == null || text.isBlank()) {
            var lastEnded = library.today().withDayOfMonth(1).minusMonths((library.today().getMonthValue() - 1) % 3 + 1);
            int year = Ssda903Dates.collectionYearOf(lastEnded);
            int q = (lastEnded.getMonthValue() + 8) % 12 / 3 + 1;
            return BoardPeriod.quarter(year, q);
        }
        var m = QUARTER.matcher(text.strip());
        if (!m.matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give the quarter as YYYY-Qn, where YYYY is the "
                    + "year the collection year ends (31 March) and Q1 is April to June: for example 2026-Q4");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > library.latestCompleteYear() + 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No board pack for the collection year " + year);
        }
        return BoardPeriod.quarter(year, Integer.parseInt(m.group(2)));
    }

    /**
     * The periods a reader may choose on the page, newest first in each kind: the last twelve months, the quarters of
     * the last two years and the last five complete years. Keyed by the query that asks for each.
     */
    java.util.Map<String, String> choices() {
        var choices = new java.util.LinkedHashMap<String, String>();
        var month = YearMonth.from(library.today());
        for (int i = 0; i < 12; i++, month = month.minusMonths(1)) {
            choices.put("month=" + month, BoardPeriod.month(month).label());
        }
        var quarter = quarter(null);
        for (int i = 0; i < 8; i++) {
            String code = code(quarter, null);
            choices.put(code, quarter.label());
            var m = QUARTER.matcher(code.substring("quarter=".length()));
            m.matches();
            int y = Integer.parseInt(m.group(1));
            int q = Integer.parseInt(m.group(2));
            quarter = q == 1 ? BoardPeriod.quarter(y - 1, 4) : BoardPeriod.quarter(y, q - 1);
        }
        for (int y = library.latestCompleteYear(), i = 0; i < 5; i++, y--) {
            choices.put("year=" + y, BoardPeriod.year(y).label());
        }
        return choices;
    }

    /** A choice from the page's list ({@code month=…}, {@code quarter=…} or {@code year=…}) as the three parameters. */
    static String[] fromChoice(String choice) {
        int eq = choice.indexOf('=');
        String kind = eq < 0 ? "" : choice.substring(0, eq);
        String value = eq < 0 ? "" : choice.substring(eq + 1);
        return switch (kind) {
            case "year" -> new String[] {value, null, null};
            case "quarter" -> new String[] {null, value, null};
            case "month" -> new String[] {null, null, value};
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Choose a period from the list");
        };
    }

    /** The query string that asks for the period again: {@code month=YYYY-MM} or {@code quarter=YYYY-Qn}. */
    private static String code(BoardPeriod period, @Nullable String month) {
        if (month != null && !month.isBlank()) {
            return "month=" + YearMonth.from(period.start());
        }
        int year = Ssda903Dates.collectionYearOf(period.start());
        int q = (period.start().getMonthValue() + 8) % 12 / 3 + 1;
        return "quarter=" + year + "-Q" + q;
    }
}
