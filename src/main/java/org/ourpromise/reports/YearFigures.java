package org.ourpromise.reports;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.measures.MeasureParameters;
import org.ourpromise.measures.MeasureResults;
import org.ourpromise.returns.Ssda903Return;

/**
 * The measures of a collection year and of each earlier year (up to four) its return covers, computed once. The
 * annual report, the board pack, the dashboard and every download are made from one of these, so a figure shown
 * in two places is one figure (issue 15).
 *
 * @param firstYear the first collection year the return covers (MEASURES.md section 8)
 * @param byYear    the measures of each covered year from {@code year - 4} to {@code year}, oldest first
 * @param healthEveryYear whether each earlier year's health outcomes (OC2) are its own (from that year's return),
 *                  or absent (a return's OC2 rows are its own year's only, so an earlier year's are not known)
 */
public record YearFigures(int year, int firstYear, Map<Integer, MeasureResults> byYear, boolean healthEveryYear) {

    public YearFigures {
        byYear = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byYear));
        if (!byYear.containsKey(year)) {
            throw new IllegalArgumentException("no measures for " + year);
        }
    }

    /** The measures of {@code year} and the years before it the return covers; the population only for the year. */
    public static YearFigures of(Ssda903Return ret, int year, @Nullable Integer population) {
        var coverage = ReturnCoverage.of(ret, year);
        var byYear = coverage.results(ret, MeasureParameters.forYear(year).withPopulation(population));
        return new YearFigures(year, coverage.firstYear(), byYear, false);
    }

    /**
     * The same figures with each earlier year's health outcomes (OC2) computed from that year's own return, as
     * the record held them at its 31 March (e.g. derived from the record for that year): the health trend.
     */
    public YearFigures withHealthOfEachYear(java.util.function.IntFunction<Ssda903Return> returnOfYear) {
        var merged = new java.util.LinkedHashMap<Integer, MeasureResults>();
        byYear.forEach((y, r) -> {
            if (y == year) {
                merged.put(y, r);
                return;
            }
            var values = new java.util.LinkedHashMap<>(r.values());
            org.ourpromise.measures.MeasureEngine.health(returnOfYear.apply(y), r.parameters()).forEach((k, v) -> {
                if (values.containsKey(k)) {
                    values.put(k, v);
                }
            });
            merged.put(y, new MeasureResults(r.parameters(), values));
        });
        return new YearFigures(year, firstYear, merged, true);
    }

    /** The measures of the year itself. */
    public MeasureResults current() {
        return byYear.get(year);
    }

    ReturnCoverage coverage() {
        return new ReturnCoverage(firstYear, year);
    }
}
