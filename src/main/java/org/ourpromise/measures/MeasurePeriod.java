package org.ourpromise.measures;

import java.time.LocalDate;

/** The days a local measure is about, first and last inclusive: a month, a quarter, a collection year so far. */
public record MeasurePeriod(LocalDate from, LocalDate to) {

    public MeasurePeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period cannot end before it starts: " + from + " to " + to);
        }
    }

    /** Whether {@code d} falls in the period. */
    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
