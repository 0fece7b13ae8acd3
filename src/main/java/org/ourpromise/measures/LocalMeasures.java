package org.ourpromise.measures;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.measures.local.PeriodTallies;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.timescales.DeadlineEngine;
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
        for (var p : periods) {
            if (p.to().isAfter(asAt)) {
                throw new IllegalArgumentException("the period " + p.from() + " to " + p.to()
                        + " ends after the as-at date " + asAt + ": what is not yet known cannot be counted");
            }
        }
        var calendar = WorkingDayCalendar.englandAndWales();
        var engine = new DeadlineEngine(calendar);
        var tallies = periods.stream().map(p -> new PeriodTallies(p, settings, calendar)).toList();
        for (var child : records) {
            var items = engine.dueItems(child, asAt, settings.timescales());
            for (var t : tallies) {
                t.add(child, items);
            }
        }
        var catalogue = LocalMeasureCatalogue.of(settings);
        return tallies.stream().map(t -> t.results(catalogue, asAt)).toList();
    }
}
