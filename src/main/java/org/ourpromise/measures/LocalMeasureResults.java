package org.ourpromise.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The local measures for one period, in catalogue order, with what the drill-down needs: the breakdowns, the
 * children who fell short, and every IRO's caseload.
 *
 * @param period      the days the measures are about; snapshots are taken on its last day
 * @param asAt        the day the record was read as at (on or after the period's end): what was done by then
 * @param values      every key of the {@link LocalMeasureCatalogue}, in its order
 * @param breakdowns  per key, its breakdowns (by team, by rule) in the catalogue's order; each sums to the key
 * @param notMet      per percentage key, the children in its denominator who fell short: with an item done late
 *                    in the period, or in a snapshot's cohort and not its numerator (sorted)
 * @param iroCaseloads each IRO's caseload on the period's last day, by worker id
 */
public record LocalMeasureResults(MeasurePeriod period, LocalDate asAt, Map<String, MeasureValue> values,
        Map<String, List<Breakdown>> breakdowns, Map<String, List<String>> notMet, List<IroCaseload> iroCaseloads) {

    /**
     * One breakdown of a measure: the same measure for each category (a team id, a deadline rule code), every
     * category present even when empty, summing to the measure's numerator and denominator.
     */
    public record Breakdown(String dimension, Map<String, MeasureValue> values) {
        public Breakdown {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    public LocalMeasureResults {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        breakdowns = Collections.unmodifiableMap(new LinkedHashMap<>(breakdowns));
        notMet = Collections.unmodifiableMap(new LinkedHashMap<>(notMet));
        iroCaseloads = List.copyOf(iroCaseloads);
    }

    /** The value of a measure; fails for a key the catalogue does not have. */
    public MeasureValue get(String key) {
        var v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no local measure " + key);
        }
        return v;
    }

    public List<Breakdown> breakdownsOf(String key) {
        return breakdowns.getOrDefault(key, List.of());
    }

    public List<String> notMetOf(String key) {
        return notMet.getOrDefault(key, List.of());
    }

    /** Mean weighted caseload per IRO, half-up to 1 dp; null with no IRO. */
    public @Nullable BigDecimal weightedCaseloadAverage() {
        if (iroCaseloads.isEmpty()) {
            return null;
        }
        var sum = iroCaseloads.stream().map(IroCaseload::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(iroCaseloads.size()), 1, RoundingMode.HALF_UP);
    }

    /**
     * These results with the IRO caseload figures of {@code council}: IROs work across teams, so a page about
     * one team's children shows the whole service's caseloads rather than a meaningless part of each.
     */
    public LocalMeasureResults withIroCaseloadsOf(LocalMeasureResults council) {
        var merged = new LinkedHashMap<>(values);
        for (var key : LocalMeasureCatalogue.IRO_KEYS) {
            merged.put(key, council.get(key));
        }
        return new LocalMeasureResults(period, asAt, merged, breakdowns, notMet, council.iroCaseloads());
    }
}
