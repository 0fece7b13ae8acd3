package org.ourpromise.reports;

import java.math.BigDecimal;

/**
 * A local target for a measure in a collection year.
 *
 * @param measureKey a key of the measure catalogue
 * @param year the collection year ending 31 March {@code year}
 * @param target the figure to reach, in the measure's units
 * @param direction whether a higher or a lower figure is better
 */
public record Target(String measureKey, int year, BigDecimal target, Direction direction) {

    public enum Direction {
        HIGHER_IS_BETTER, LOWER_IS_BETTER
    }
}
