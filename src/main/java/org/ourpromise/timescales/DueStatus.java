package org.ourpromise.timescales;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Where a due item stands at the as-at date. */
public enum DueStatus {
    DONE_ON_TIME, DONE_LATE, DUE, OVERDUE;

    /** Done on or before due is on time; not done is due while {@code due >= asAt}, overdue after. */
    static DueStatus of(LocalDate due, @Nullable LocalDate done, LocalDate asAt) {
        if (done != null) {
            return done.isAfter(due) ? DONE_LATE : DONE_ON_TIME;
        }
        return due.isBefore(asAt) ? OVERDUE : DUE;
    }

    public boolean isDone() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }
}
