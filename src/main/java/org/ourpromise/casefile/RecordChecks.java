package org.ourpromise.casefile;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.Ssda903Dates;

/** Checks that many recording forms make against the child's record. */
public final class RecordChecks {

    private RecordChecks() {
    }

    /** Whether an episode of care covers the date (the day an episode ends counts). */
    public static boolean inCareOn(ChildRecord child, LocalDate date) {
        return child.episodes().stream().anyMatch(e -> !e.started().isAfter(date)
                && (e.ceased() == null || !e.ceased().isBefore(date)));
    }

    /** The collection year whose code lists a form is checked against: the event's, or today's without a date. */
    public static int codeYear(@Nullable LocalDate date, LocalDate today) {
        return Ssda903Dates.collectionYearOf(date == null ? today : date);
    }
}
