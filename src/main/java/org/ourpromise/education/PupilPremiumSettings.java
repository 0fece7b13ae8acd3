package org.ourpromise.education;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Pupil Premium Plus for children looked after: the grant per eligible child for each financial year (named by the
 * year it starts: 2020 is 2020-21) and the amount the Virtual School keeps from each child's grant (the top-slice,
 * pooled for top-ups). The rates the DfE published are the defaults; {@code promise.pupil-premium.rates.2025=...}
 * sets or changes a year's. A year with no rate uses the latest earlier year's, and says so.
 *
 * @param unspentAfterDays a child with money left and nothing paid for this many days is on the Virtual School
 *                         Head's worklist (a term and a half)
 */
@ConfigurationProperties("promise.pupil-premium")
public record PupilPremiumSettings(@Nullable Map<Integer, BigDecimal> rates, @DefaultValue("400") BigDecimal topSlice,
        @DefaultValue("100") int unspentAfterDays) {

    /** The per-pupil rates for children looked after as the DfE's conditions of grant gave them. */
    static final Map<Integer, BigDecimal> PUBLISHED = Map.of(2020, BigDecimal.valueOf(2345),
            2021, BigDecimal.valueOf(2345), 2022, BigDecimal.valueOf(2410), 2023, BigDecimal.valueOf(2530),
            2024, BigDecimal.valueOf(2570));

    public PupilPremiumSettings {
        var all = new TreeMap<Integer, BigDecimal>(PUBLISHED);
        if (rates != null) {
            all.putAll(rates);
        }
        rates = java.util.Collections.unmodifiableSortedMap(all);
    }

    /** A year's rate and the year it was set for (an earlier one when none is set for this year). */
    public record Rate(int financialYear, BigDecimal perChild, int setFor) {

        public boolean carriedForward() {
            return setFor != financialYear;
        }
    }

    public Rate rate(int financialYear) {
        var all = new TreeMap<>(java.util.Objects.requireNonNull(rates));
        var e = all.floorEntry(financialYear);
        if (e == null) {
            e = all.firstEntry();
        }
        return new Rate(financialYear, e.getValue(), e.getKey());
    }
}
