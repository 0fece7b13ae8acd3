package org.ourpromise.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ourpromise.measures.local.PeriodTallies;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.timescales.AdviserContactTerms;
import org.ourpromise.timescales.DeadlineEngine;
import org.ourpromise.timescales.DueItem;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * Computes the {@link LocalMeasureCatalogue} from the council's records for one or more periods. Pure: the
 * as-at date is given, never read from a clock. Each child's deadlines come from the {@link DeadlineEngine} as at
 * {@code asAt}, once for all the periods, and are counted in each period as the timeliness page counts them, so
 * for the same records, period and as-at date the two agree; snapshots (care plans reviewed, PEPs, IRO caseloads)
 * are taken on each period's last day.
 */
public final class LocalMeasures {

    private LocalMeasures() {
    }

    public static LocalMeasureResults compute(List<ChildRecord> records, MeasurePeriod period, LocalDate asAt,
            LocalMeasureSettings settings) {
        return compute(records, List.of(period), asAt, settings).get(0);
    }

    /**
     * The measures of each period, in the order given (a trend: one pass over the records for them all).
     *
     * @param asAt the day the record is read as at: on or after the end of every period
     */
    public static List<LocalMeasureResults> compute(List<ChildRecord> records, List<MeasurePeriod> periods,
            LocalDate asAt, LocalMeasureSettings settings) {
        return compute(records, periods, asAt, settings, NO_ENTITLEMENTS);
    }

    /** No young person's leaving-care entitlement known: the settings' ages decide when the duty ends. */
    public static final Function<ChildRecord, @Nullable LocalDate> NO_ENTITLEMENTS = r -> null;

    /** One period, with each young person's end of the leaving-care duty (see below). */
    public static LocalMeasureResults compute(List<ChildRecord> records, MeasurePeriod period, LocalDate asAt,
            LocalMeasureSettings settings, Function<ChildRecord, @Nullable LocalDate> dutyEnds) {
        return compute(records, List.of(period), asAt, settings, dutyEnds).get(0);
    }

    /**
     * As above, with the first day the leaving-care duty is no longer owed to each young person as their recorded
     * entitlement sets it (to 21, to the end of a programme, to 25 on request; the timeliness page asks the same),
     * so a care leaver's adviser contacts count for as long as they are owed; null for a child without one.
     */
    public static List<LocalMeasureResults> compute(List<ChildRecord> records, List<MeasurePeriod> periods,
            LocalDate asAt, LocalMeasureSettings settings, Function<ChildRecord, @Nullable LocalDate> dutyEnds) {
        return compute(records, periods, asAt, settings, dutyEnds, r -> null);
    }

    /**
     * As above, with the terms of each young person's adviser contact duty (decision 0215), so that care leavers'
     * contacts count on time against the duty's deadlines: the plan's interval, or two months while the council
     * provides the accommodation; null for a young person without them (the statutory floor).
     */
    public static List<LocalMeasureResults> compute(List<ChildRecord> records, List<MeasurePeriod> periods,
            LocalDate asAt, LocalMeasureSettings settings, Function<ChildRecord, @Nullable LocalDate> dutyEnds,
            Function<ChildRecord, @Nullable AdviserContactTerms> contactTerms) {
        for (var p : periods) {
            if (p.to().isAfter(asAt)) {
                throw new IllegalArgumentException("the period " + p.from() + " to " + p.to()
                        + " ends after the as-at date " + asAt + ": what is not yet known cannot be counted");
            }
        }
        if (periods.isEmpty()) {
            return List.of();
        }
        var calendar = WorkingDayCalendar.englandAndWales();
        var engine = new DeadlineEngine(calendar);
        var tallies = periods.stream().map(p -> new PeriodTallies(p, settings, calendar)).toList();
        var first = periods.stream().map(MeasurePeriod::from).min(LocalDate::compareTo).orElseThrow();
        var last = periods.stream().map(MeasurePeriod::to).max(LocalDate::compareTo).orElseThrow();
        // The engine's items are the work (five years of history each); they are worked out on every processor,
        // keeping only those due or done within the periods, and counted in the records' order.
        // In child id order, so every list of children is built sorted and distinct as it goes.
        var ordered = new ArrayList<>(records);
        ordered.sort(java.util.Comparator.comparing(ChildRecord::childId));
        var items = ordered.parallelStream().map(r -> within(engine.dueItems(r, asAt, settings.timescales(),
                dutyEnds.apply(r), contactTerms.apply(r)), first, last))
                .toList();
        var next = items.iterator();
        for (var child : ordered) {
            var childItems = next.next();
            for (var t : tallies) {
                t.add(child, childItems);
            }
        }
        var catalogue = LocalMeasureCatalogue.of(settings);
        return tallies.stream().map(t -> t.results(catalogue, asAt)).toList();
    }

    /** The items due, or done, between {@code from} and {@code to}: the only ones a period inside them can count. */
    private static List<DueItem> within(List<DueItem> items, LocalDate from, LocalDate to) {
        var out = new ArrayList<DueItem>();
        for (var i : items) {
            var done = i.satisfiedOn();
            boolean due = !i.due().isBefore(from) && !i.due().isAfter(to);
            if (due || done != null && !done.isBefore(from) && !done.isAfter(to)) {
                out.add(i);
            }
        }
        return out;
    }
}
