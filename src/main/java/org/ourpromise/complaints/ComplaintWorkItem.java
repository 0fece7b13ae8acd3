package org.ourpromise.complaints;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.ourpromise.timescales.DueItem;
import org.ourpromise.timescales.DueStatus;
import org.ourpromise.worklists.LatenessExplanation;

/** One line of the complaints officer's worklist: an open stage deadline of one complaint, and why it is late. */
public record ComplaintWorkItem(LoggedComplaint complaint, DueItem item,
        @Nullable LatenessExplanation explanation) {

    public boolean overdue() {
        return item.status() == DueStatus.OVERDUE;
    }

    /** Calendar days past the due date at {@code today}; 0 when not overdue. */
    public long daysOverdue(LocalDate today) {
        return overdue() ? ChronoUnit.DAYS.between(item.due(), today) : 0;
    }
}
