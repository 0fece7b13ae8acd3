package org.ourpromise.worklists;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.timescales.DueItem;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * The daily digest from a worklist: what became overdue since the last working day (so Monday's
 * digest holds what fell due over the weekend), and what falls due within the due-soon horizon of
 * working days (TimescaleSettings, 5 by default).
 *
 * @param overdueSince the first due date counted as newly overdue
 * @param dueBy        the last due date counted as due soon
 */
public record Digest(LocalDate today, LocalDate overdueSince, LocalDate dueBy, List<WorkItem> newlyOverdue,
        List<WorkItem> dueSoon) {

    static Digest of(Worklist worklist, LocalDate today, int dueSoonWorkingDays, WorkingDayCalendar calendar) {
        var w = Window.of(today, dueSoonWorkingDays, calendar);
        var overdue = worklist.items().stream().filter(i -> w.newlyOverdue(i.item(), i.overdue())).toList();
        var soon = worklist.items().stream().filter(i -> w.dueSoon(i.item(), i.overdue())).toList();
        return new Digest(today, w.overdueSince(), w.dueBy(), overdue, soon);
    }

    /** The digest's two windows, for any kind of work item. */
    public record Window(LocalDate overdueSince, LocalDate dueBy) {

        public static Window of(LocalDate today, int dueSoonWorkingDays, WorkingDayCalendar calendar) {
            LocalDate lastWorkingDay = today.minusDays(1);
            while (!calendar.isWorkingDay(lastWorkingDay)) {
                lastWorkingDay = lastWorkingDay.minusDays(1);
            }
            // An item is overdue from the day after its due date, so those not yet overdue at the last working
            // day's digest but overdue today are due on that day or later (up to yesterday).
            return new Window(lastWorkingDay, calendar.addWorkingDays(today, dueSoonWorkingDays));
        }

        public boolean newlyOverdue(DueItem item, boolean overdue) {
            return overdue && !item.due().isBefore(overdueSince);
        }

        public boolean dueSoon(DueItem item, boolean overdue) {
            return !overdue && !item.due().isAfter(dueBy);
        }
    }
}
