package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The only source of randomness in the simulation: one {@link SplittableRandom} per child, seeded
 * from the council's seed, so that the same inputs always give the same council.
 */
final class Chance {

    private final SplittableRandom random;

    Chance(long seed) {
        this.random = new SplittableRandom(seed);
    }

    long nextSeed() {
        return random.nextLong();
    }

    /** True with probability {@code p} (0..1). */
    boolean percent(double p) {
        return random.nextDouble() < p;
    }

    /** A whole number from {@code from} to {@code to}, both included. */
    int between(int from, int to) {
        return to <= from ? from : from + random.nextInt(to - from + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    double gaussian() {
        // Box–Muller: SplittableRandom has no nextGaussian before Java 17's RandomGenerator default,
        // which is not guaranteed to be stable across JDKs, so it is spelled out here.
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Days with a log-normal spread around {@code median}, at least {@code min}. */
    int logNormalDays(double median, double sigma, int min) {
        return (int) Math.max(min, Math.round(median * Math.exp(sigma * gaussian())));
    }

    /** Days drawn from an exponential distribution with the given mean, at least 1. */
    int exponentialDays(double mean) {
        return (int) Math.max(1, Math.round(-mean * Math.log(1.0 - random.nextDouble())));
    }

    <T> T oneOf(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T oneOf(T... items) {
        return items[random.nextInt(items.length)];
    }

    /**
     * Picks from alternating code, weight pairs: {@code weighted("U6", 60, "U4", 25)}. For choices
     * made for every event, a {@link WeightedCodes} constant and {@link #pick} avoid re-reading the
     * pairs each time; the two choose alike.
     */
    String weighted(Object... codesAndWeights) {
        return pick(WeightedCodes.of(codesAndWeights));
    }

    String pick(WeightedCodes codes) {
        return codes.at(random.nextDouble());
    }

    /** A day from {@code from} to {@code to}, both included. */
    LocalDate dayBetween(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays((long) (random.nextDouble() * (span + 1)));
    }
}
