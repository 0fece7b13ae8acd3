package org.ourpromise.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The period a Corporate Parenting Board pack reports on: a collection year, a quarter of one, or a month. */
public record BoardPeriod(String label, LocalDate start, LocalDate end) {

    public BoardPeriod {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a period cannot end before it starts: " + start + " to " + end);
        }
    }

    /** Quarter {@code q} (1 = April to June) of the collection year ending 31 March {@code year}. */
    public static BoardPeriod quarter(int year, int q) {
        if (q < 1 || q > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, got " + q);
        }
        var start = LocalDate.of(year - 1, 4, 1).plusMonths(3L * (q - 1));
        return new BoardPeriod("Quarter " + q + " " + AnnualReportAssembly.yearLabel(year), start,
                start.plusMonths(3).minusDays(1));
    }

    /** The whole collection year ending 31 March {@code year}: the yearly pack. */
    public static BoardPeriod year(int year) {
        return new BoardPeriod("the collection year " + AnnualReportAssembly.yearLabel(year), LocalDate.of(year - 1, 4, 1),
                LocalDate.of(year, 3, 31));
    }

    public static BoardPeriod month(YearMonth month) {
        return new BoardPeriod(month.format(DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK)), month.atDay(1),
                month.atEndOfMonth());
    }

    /**
     * The latest complete collection year ending on or before the period's end: the measures are defined for
     * collection years (MEASURES.md §0), so a pack for Q1 2026-27 shows 2025-26.
     */
    public int latestCompleteYear() {
        int y = ReturnCoverage.collectionYear(end);
        return end.getMonthValue() == 3 && end.getDayOfMonth() == 31 ? y : y - 1;
    }
}
