package org.ourpromise.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.ourpromise.benchmarks.Comparisons;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Component;

/**
 * The demo council's population aged 0 to 17 for each collection year it covers, so the rates per 10,000 show in the
 * web application (issue 15). Drawn, like the rest of the demo, from the seed and the council's size, never from any
 * figure the pages show: a rate of children looked after per 10,000 drawn between {@link #LOWEST_RATE} and
 * {@link #HIGHEST_RATE} (where most English councils' rates lie; England's was 70 in 2024) turns the
 * simulation's size ({@link SyntheticCouncil#DEMO_LOOKED_AFTER} looked after on the day it is drawn for) into the
 * latest year's population, and each year before it differs from the next by a drawn change of -0.5% to +1.5%
 * (child populations change slowly). The rates the pages show are then the record's counts over these populations.
 * Stored as the performance team would store an ONS estimate, with a source saying it is the demo's.
 */
@Component
class DemoPopulation {

    static final int LOWEST_RATE = 45;
    static final int HIGHEST_RATE = 110;
    static final String SOURCE = "Demo council: drawn by the simulation from its size (not an ONS estimate)";

    private static final long STREAM = 0x90901A7E0L;

    private final Comparisons comparisons;

    DemoPopulation(Comparisons comparisons) {
        this.comparisons = comparisons;
    }

    /** Sets each year's population unless one is set. */
    void add(LocalDate today, long seed) {
        estimates(seed, today).forEach((year, population) ->
                comparisons.setPopulationIfNone(year, population, SOURCE, "demo"));
    }

    /**
     * The population of each collection year the demo covers (its five years of history and the year running on
     * {@code today}), latest first.
     */
    static Map<Integer, Integer> estimates(long seed, LocalDate today) {
        var random = new Random(seed ^ STREAM);
        double rate = LOWEST_RATE + random.nextDouble() * (HIGHEST_RATE - LOWEST_RATE);
        double population = SyntheticCouncil.DEMO_LOOKED_AFTER * 10_000 / rate;
        int latest = Ssda903Dates.collectionYearOf(today);
        var out = new LinkedHashMap<Integer, Integer>();
        for (int year = latest; year >= Ssda903Dates.collectionYearOf(today.minusYears(5)); year--) {
            out.put(year, (int) Math.round(population / 100) * 100); // as estimates are published, to the hundred
            population /= 1 + (-0.5 + random.nextDouble() * 2) / 100;
        }
        return out;
    }
}
