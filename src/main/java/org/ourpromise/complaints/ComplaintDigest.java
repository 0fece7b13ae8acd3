package org.ourpromise.complaints;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.timescales.WorkingDayCalendar;
import org.ourpromise.worklists.Digest;

/**
 * The complaints officer's daily digest: stage deadlines that became overdue since the last working day and
 * those due within the due-soon horizon, by the same windows as everyone else's {@link Digest}.
 */
public record ComplaintDigest(LocalDate today, LocalDate overdueSince, LocalDate dueBy,
        List<ComplaintWorkItem> newlyOverdue, List<ComplaintWorkItem> dueSoon) {

    static ComplaintDigest of(List<ComplaintWorkItem> open, LocalDate today, int dueSoonWorkingDays,
            WorkingDayCalendar calendar) {
        var w = Digest.Window.of(today, dueSoonWorkingDays, calendar);
        return new ComplaintDigest(today, w.overdueSince(), w.dueBy(),
                open.stream().filter(i -> w.newlyOverdue(i.item(), i.overdue())).toList(),
                open.stream().filter(i -> w.dueSoon(i.item(), i.overdue())).toList());
    }

    public boolean isEmpty() {
        return newlyOverdue.isEmpty() && dueSoon.isEmpty();
    }
}
