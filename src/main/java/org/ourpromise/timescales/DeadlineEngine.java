package org.ourpromise.timescales;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ourpromise.record.ChildRecord;

/**
 * The statutory deadline engine (DOMAIN.md §3): from a child's record and an as-at date, every
 * deadline of the child's current and past periods of care and care-leaver duties up to that date,
 * done or not, plus the next deadline of each chain still open. Pure: nothing after {@code asAt} is
 * seen, and nothing reads the clock.
 */
public final class DeadlineEngine {

    private static final Comparator<DueItem> ORDER = Comparator.comparing(DueItem::due)
            .thenComparing(DueItem::rule).thenComparing(DueItem::triggeredOn);

    private final WorkingDayCalendar calendar;

    public DeadlineEngine(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public static DeadlineEngine englandAndWales() {
        return new DeadlineEngine(WorkingDayCalendar.englandAndWales());
    }

    /** The child's due items at {@code asAt}, ordered by due date. */
    public List<DueItem> dueItems(ChildRecord child, LocalDate asAt, TimescaleSettings settings) {
        return dueItems(child, asAt, settings, null, null);
    }

    /**
     * As above, with the end of the young person's leaving-care duty as their entitlement sets it (decision 0127):
     * the pathway plan reviews and adviser contacts run until that day, which may be after 21 (to 25 on request, or
     * in education or training); null when not known, when the settings' ages decide.
     */
    public List<DueItem> dueItems(ChildRecord child, LocalDate asAt, TimescaleSettings settings,
            @org.jspecify.annotations.Nullable LocalDate leavingCareDutyEnds) {
        return dueItems(child, asAt, settings, leavingCareDutyEnds, null);
    }

    /**
     * As above, with the terms of the personal adviser's contact duty as the leavers room keeps them (decision 0215):
     * the adviser contacts are then the duty's (the plan's interval, the council's accommodation); null, the
     * statutory floor (7 days after leaving care, then every 2 months), as for a return read on its own.
     */
    public List<DueItem> dueItems(ChildRecord child, LocalDate asAt, TimescaleSettings settings,
            @org.jspecify.annotations.Nullable LocalDate leavingCareDutyEnds,
            @org.jspecify.annotations.Nullable AdviserContactTerms contactTerms) {
        var history = new CareHistory(child, asAt, settings);
        var out = new Deadlines(child.childId(), asAt, settings, calendar);
        ReviewRules.add(history, out);
        PlanRules.add(history, out);
        VisitSchedule.add(history, out);
        HealthRules.add(history, out);
        EducationRules.add(history, out);
        MissingRules.add(history, out);
        LeaverRules.add(history, out, leavingCareDutyEnds, contactTerms);
        return sorted(out.items());
    }

    /** The deadlines of a complaint's stages at {@code asAt}, each stage once it has been reached. */
    public List<DueItem> complaintItems(Complaint complaint, LocalDate asAt, TimescaleSettings settings) {
        var out = new Deadlines(complaint.childId(), asAt, settings, calendar);
        ComplaintRules.add(complaint, out);
        return sorted(out.items());
    }

    /**
     * The first day of the period of care (short breaks apart, MEASURES.md §0) the child is in at the end of
     * {@code date}, as the deadline rules count periods; empty when the child is not looked after then (an
     * episode ending on {@code date} has ended).
     */
    public static Optional<LocalDate> periodOfCareStart(ChildRecord child, LocalDate date) {
        var periods = PeriodOfCare.of(child.episodes(), date);
        if (periods.isEmpty() || !periods.get(periods.size() - 1).isOpen()) {
            return Optional.empty();
        }
        return Optional.of(periods.get(periods.size() - 1).start());
    }

    /** Not done and due within the settings' horizon of working days from {@code asAt} (overdue included). */
    public boolean isDueSoon(DueItem item, LocalDate asAt, TimescaleSettings settings) {
        return !item.status().isDone()
                && !item.due().isAfter(calendar.addWorkingDays(asAt, settings.dueSoonWorkingDays()));
    }

    private static List<DueItem> sorted(List<DueItem> items) {
        items.sort(ORDER);
        return List.copyOf(items);
    }
}
