package org.ourpromise.worklists;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.ourpromise.timescales.DueItem;
import org.ourpromise.timescales.DueStatus;

/**
 * One line of a worklist: a child's open due item, who answers for it (worker id and team of the
 * allocation, blank when nobody is allocated) and, if recorded, why it is late.
 */
public record WorkItem(String childId, String childName, DueItem item, String worker, String team,
        @Nullable LatenessExplanation explanation) {

    public boolean overdue() {
        return item.status() == DueStatus.OVERDUE;
    }

    /** Calendar days past the due date at {@code today}; 0 when not overdue. */
    public long daysOverdue(LocalDate today) {
        return overdue() ? ChronoUnit.DAYS.between(item.due(), today) : 0;
    }
}
