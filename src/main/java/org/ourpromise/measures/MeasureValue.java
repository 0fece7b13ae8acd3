package org.ourpromise.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The value of one measure with the counts behind it (MEASURES.md §0), so that every figure can show its
 * numerator and denominator and drill down to the children behind them.
 *
 * @param value the figure; null when its denominator is 0 (or, for a rate, when no population is given)
 * @param numerator a count, or for an average the sum
 * @param denominator null for a count; the count for an average; the population for a rate
 * @param numeratorChildren the children behind the numerator, sorted, distinct
 * @param denominatorChildren the children behind the denominator, sorted, distinct (empty for counts and rates)
 */
public record MeasureValue(@Nullable BigDecimal value, long numerator, @Nullable Long denominator,
        List<String> numeratorChildren, List<String> denominatorChildren) {

    public MeasureValue {
        numeratorChildren = List.copyOf(numeratorChildren);
        denominatorChildren = List.copyOf(denominatorChildren);
    }

    /** A count of children: value = numerator = the number of distinct children. */
    public static MeasureValue countOf(Collection<String> children) {
        var ids = sortedDistinct(children);
        return new MeasureValue(BigDecimal.valueOf(ids.size()), ids.size(), null, ids, List.of());
    }

    /** A count of things other than children (periods, incidents, reviews) with the children behind them. */
    public static MeasureValue count(long n, Collection<String> children) {
        return new MeasureValue(BigDecimal.valueOf(n), n, null, sortedDistinct(children), List.of());
    }

    /** {@code 100 * n / d} rounded half-up to 1 dp; null value when {@code d = 0}. */
    public static MeasureValue percentage(long n, long d, Collection<String> numeratorChildren,
            Collection<String> denominatorChildren) {
        var value = d == 0 ? null : ratio(BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(100)), d);
        return new MeasureValue(value, n, d, sortedDistinct(numeratorChildren), sortedDistinct(denominatorChildren));
    }

    /** A percentage of children: counts are the numbers of distinct children. */
    public static MeasureValue percentageOf(Collection<String> numeratorChildren, Collection<String> denominatorChildren) {
        var num = sortedDistinct(numeratorChildren);
        var den = sortedDistinct(denominatorChildren);
        var value = den.isEmpty() ? null
                : ratio(BigDecimal.valueOf(num.size()).multiply(BigDecimal.valueOf(100)), den.size());
        return new MeasureValue(value, num.size(), (long) den.size(), num, den);
    }

    /** {@code sum / count} rounded half-up to 1 dp; numerator = the sum, denominator = the count. */
    public static MeasureValue average(long sum, long count, Collection<String> children) {
        var ids = sortedDistinct(children);
        var value = count == 0 ? null : ratio(BigDecimal.valueOf(sum), count);
        return new MeasureValue(value, sum, count, ids, ids);
    }

    /** {@code n / population * 10000} rounded half-up to 1 dp; null value without a population (or with 0). */
    public static MeasureValue ratePer10000(Collection<String> children, @Nullable Integer population) {
        var ids = sortedDistinct(children);
        var value = population == null || population == 0 ? null
                : ratio(BigDecimal.valueOf(ids.size()).multiply(BigDecimal.valueOf(10_000)), population);
        return new MeasureValue(value, ids.size(), population == null ? null : population.longValue(), ids, List.of());
    }

    private static BigDecimal ratio(BigDecimal top, long bottom) {
        return top.divide(BigDecimal.valueOf(bottom), 1, RoundingMode.HALF_UP);
    }

    static List<String> sortedDistinct(Collection<String> children) {
        if (children instanceof List<String> list && isSortedDistinct(list)) {
            return List.copyOf(list);
        }
        var copy = new ArrayList<>(new java.util.HashSet<>(children));
        copy.sort(null);
        return List.copyOf(copy);
    }

    private static boolean isSortedDistinct(List<String> list) {
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i - 1).compareTo(list.get(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
