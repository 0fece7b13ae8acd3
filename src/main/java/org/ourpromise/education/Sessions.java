package org.ourpromise.education;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Possible sessions and sessions attended (a school day is two sessions), summed over whatever a figure covers: a
 * child, a school, the cohort. The DfE measures attendance as sessions attended over possible sessions, and calls a
 * pupil persistently absent when they miss 10% or more of their own possible sessions.
 *
 * @param attended may be fractional only when a supplier's weekly percentage was converted (never here: imports
 *                 round to whole sessions), so it is kept as a decimal
 */
public record Sessions(long possible, BigDecimal attended) {

    public static final Sessions NONE = new Sessions(0, BigDecimal.ZERO);

    /** Missing this share of possible sessions or more makes a pupil persistently absent (DfE). */
    public static final BigDecimal PERSISTENT_ABSENCE = new BigDecimal("0.10");

    public Sessions {
        if (possible < 0 || attended.signum() < 0 || attended.compareTo(BigDecimal.valueOf(possible)) > 0) {
            throw new IllegalArgumentException("attended " + attended + " of " + possible + " possible sessions");
        }
    }

    public Sessions plus(Sessions other) {
        return new Sessions(possible + other.possible, attended.add(other.attended));
    }

    public BigDecimal missed() {
        return BigDecimal.valueOf(possible).subtract(attended);
    }

    /** Attendance as a percentage to one decimal place (half up, as the DfE rounds); null with no possible sessions. */
    public @org.jspecify.annotations.Nullable BigDecimal ratePercent() {
        if (possible == 0) {
            return null;
        }
        return attended.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(possible), 1, RoundingMode.HALF_UP);
    }

    /** Missed 10% or more of possible sessions, compared exactly (not after rounding the rate). */
    public boolean persistentlyAbsent() {
        return possible > 0 && missed().compareTo(PERSISTENT_ABSENCE.multiply(BigDecimal.valueOf(possible))) >= 0;
    }
}
