package org.ourpromise.reports;

import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.measures.MeasureEngine;
import org.ourpromise.measures.MeasureParameters;
import org.ourpromise.measures.MeasureResults;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Table;

/**
 * The collection years a return directory covers, and the measures of each. Coverage starts at the collection
 * year of the earliest review date in the data, the same "coverage" MEASURES.md §8 uses: an episode open for
 * years says nothing about whether that earlier year's starts, moves and reviews are all present, but
 * {@code generate --history K} writes every review of each history year. Without reviews, the earliest missing
 * episode is used; without either, only the report's year is covered.
 */
record ReturnCoverage(int firstYear, int year) {

    static final int TREND_YEARS = 5;

    static ReturnCoverage of(Ssda903Return ret, int year) {
        @Nullable LocalDate earliest = earliest(ret, Ssda903Table.REVIEWS, "REVIEW");
        if (earliest == null) {
            earliest = earliest(ret, Ssda903Table.MISSING, "MIS_START");
        }
        int first = earliest == null ? year : Math.min(year, collectionYear(earliest));
        return new ReturnCoverage(first, year);
    }

    private static @Nullable LocalDate earliest(Ssda903Return ret, Ssda903Table table, String column) {
        @Nullable LocalDate min = null;
        for (var row : ret.rows(table)) {
            var d = row.date(column);
            if (d != null && (min == null || d.isBefore(min))) {
                min = d;
            }
        }
        return min;
    }

    /** The year in which the collection year holding {@code d} ends: 1 April 2025 to 31 March 2026 is 2026. */
    static int collectionYear(LocalDate d) {
        return d.getMonthValue() >= Month.APRIL.getValue() ? d.getYear() + 1 : d.getYear();
    }

    boolean covers(int y) {
        return y >= firstYear && y <= year;
    }

    /** Years of data the 3-year adoption window (MEASURES.md §6) ending at {@code year} can draw on: 1 to 3. */
    int adoptionWindowYears() {
        return Math.min(3, year - firstYear + 1);
    }

    /** The measures of each covered year from Y-4 to Y, oldest first; the engine is run once per year. */
    Map<Integer, MeasureResults> results(Ssda903Return ret, MeasureParameters parameters) {
        var byYear = new LinkedHashMap<Integer, MeasureResults>();
        for (int y = year - TREND_YEARS + 1; y <= year; y++) {
            if (covers(y)) {
                var p = new MeasureParameters(y, y == year ? parameters.population() : null,
                        parameters.excludeTemporary(), parameters.a3ThresholdDays());
                byYear.put(y, MeasureEngine.compute(ret, p));
            }
        }
        return byYear;
    }
}
