package org.ourpromise.measures;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.returns.Ssda903Dates;

/**
 * What a computation of the measures is asked for (MEASURES.md §0 and the parameters it marks as ours).
 *
 * @param year collection year ending 31 March {@code year} (2026 = 2025-26)
 * @param population children aged 0–17 for {@code cla.rate_per_10000}; null when not given (the rate is then null)
 * @param excludeTemporary MEASURES.md §3 exceptions (a) and (b) for temporary placements T0–T4 (our definition)
 * @param a3ThresholdDays the "under 14 months" of adoption measure A3, in days (426: DOMAIN.md §6 q7, unconfirmed)
 */
public record MeasureParameters(int year, @Nullable Integer population, boolean excludeTemporary, int a3ThresholdDays) {

    public static final int DEFAULT_A3_THRESHOLD_DAYS = 426;

    public MeasureParameters {
        if (population != null && population < 0) {
            throw new IllegalArgumentException("population must not be negative: " + population);
        }
        if (a3ThresholdDays <= 0) {
            throw new IllegalArgumentException("a3ThresholdDays must be positive: " + a3ThresholdDays);
        }
    }

    /** The defaults of MEASURES.md: no population, temporary placements excluded, A3 threshold 426 days. */
    public static MeasureParameters forYear(int year) {
        return new MeasureParameters(year, null, true, DEFAULT_A3_THRESHOLD_DAYS);
    }

    public MeasureParameters withPopulation(@Nullable Integer population) {
        return new MeasureParameters(year, population, excludeTemporary, a3ThresholdDays);
    }

    public MeasureParameters withExcludeTemporary(boolean exclude) {
        return new MeasureParameters(year, population, exclude, a3ThresholdDays);
    }

    public MeasureParameters withA3ThresholdDays(int days) {
        return new MeasureParameters(year, population, excludeTemporary, days);
    }

    /** 1 April of {@code year - 1}. */
    public LocalDate start() {
        return Ssda903Dates.collectionStart(year);
    }

    /** 31 March of {@code year}. */
    public LocalDate end() {
        return Ssda903Dates.collectionEnd(year);
    }
}
