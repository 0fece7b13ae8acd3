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

    // How an item counts in a period [from, to] (inclusive). The timeliness page and the local measures both
    // count this way, so their figures for the same period and as-at date are the same: done items count in
    // the period they were done (as MEASURES.md §8 counts reviews held in the year), undone ones where due.

    /** The due date falls in the period. */
    public boolean isDueWithin(LocalDate from, LocalDate to) {
        return within(due, from, to);
    }

    /** Done in the period, on or before the due date. */
    public boolean isDoneOnTimeWithin(LocalDate from, LocalDate to) {
        return satisfiedOn != null && within(satisfiedOn, from, to) && !satisfiedOn.isAfter(due);
    }

    /** Done in the period, after the due date. */
    public boolean isDoneLateWithin(LocalDate from, LocalDate to) {
        return satisfiedOn != null && within(satisfiedOn, from, to) && satisfiedOn.isAfter(due);
    }

    /** Due in the period and not done by its last day. */
    public boolean isOutstandingWithin(LocalDate from, LocalDate to) {
        return within(due, from, to) && (satisfiedOn == null || satisfiedOn.isAfter(to));
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
