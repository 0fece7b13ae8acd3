package org.ourpromise.timescales;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One deadline for one child: what is due by when, what started the clock, and what (if anything)
 * met it.
 *
 * @param trigger      the event that started the clock, in words ("became looked after", "review held")
 * @param triggeredOn  the date of that event; {@code due} is never before it
 * @param satisfiedOn  the date of what met it; present exactly when the status is done
 * @param satisfiedBy  what met it, in words
 */
public record DueItem(DeadlineRule rule, String childId, LocalDate due, DueStatus status,
        @Nullable LocalDate satisfiedOn, @Nullable String satisfiedBy, String trigger, LocalDate triggeredOn) {

    public DueItem {
        if (status.isDone() != (satisfiedOn != null)) {
            throw new IllegalArgumentException(rule + ": a done item needs the date that satisfied it, an open one none");
        }
        if (due.isBefore(triggeredOn)) {
            throw new IllegalArgumentException(rule + ": due " + due + " before its trigger " + triggeredOn);
        }
    }
}
