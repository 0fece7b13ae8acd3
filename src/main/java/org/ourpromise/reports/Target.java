package org.ourpromise.reports;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A local target for a measure in a collection year.
 *
 * @param measureKey a key of the measure catalogue
 * @param year the collection year ending 31 March {@code year}
 * @param target the figure to reach, in the measure's units
 * @param direction whether a higher or a lower figure is better
 * @param tolerance how far the figure may miss the target and still be amber, in the measure's own units; null
 *     for the tolerance the whole set of targets was given ({@link Targets#tolerance()})
 */
public record Target(String measureKey, int year, BigDecimal target, Direction direction,
        @Nullable BigDecimal tolerance) {

    public Target {
        if (tolerance != null && tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
        }
    }

    /** A target whose amber band is the tolerance of the set it belongs to. */
    public Target(String measureKey, int year, BigDecimal target, Direction direction) {
        this(measureKey, year, target, direction, null);
    }

    public enum Direction {
        HIGHER_IS_BETTER("higher"), LOWER_IS_BETTER("lower");

        private final String word;

        Direction(String word) {
            this.word = word;
        }

        /** As written in a targets file and on the targets page: {@code higher} or {@code lower}. */
        public String word() {
            return word;
        }
    }
}
