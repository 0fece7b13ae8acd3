package org.ourpromise.measures.local;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.ourpromise.measures.IroCaseload;
import org.ourpromise.measures.LocalMeasureCatalogue;
import org.ourpromise.measures.LocalMeasureResults;
import org.ourpromise.measures.LocalMeasureResults.Breakdown;
import org.ourpromise.measures.LocalMeasureSettings;
import org.ourpromise.measures.MeasurePeriod;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.timescales.DeadlineEngine;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.DueItem;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * Everything counted for one period, child by child: the child's deadlines met in the period, the snapshots and
 * IRO allocations on its last day, each under the team of the child's social worker on that day.
 */
public final class PeriodTallies {

    /** A tally with the same tally per team and (for measures of several rules) per rule. */
    private static final class Split<T> {
        final T total;
        final Map<String, T> byTeam = new HashMap<>();
        final @Nullable Map<DeadlineRule, T> byRule;
        private final Supplier<T> fresh;

        Split(Supplier<T> fresh, boolean byRule) {
            this.fresh = fresh;
            this.total = fresh.get();
            this.byRule = byRule ? new EnumMap<>(DeadlineRule.class) : null;
        }

        T team(String team) {
            return byTeam.computeIfAbsent(team, t -> fresh.get());
        }

        T rule(DeadlineRule rule) {
            return byRule.computeIfAbsent(rule, r -> fresh.get());
        }
    }

    private final MeasurePeriod period;
    private final LocalMeasureSettings settings;
    private final WorkingDayCalendar calendar;
    private final Map<TimelyItem, Split<ItemTally>> items = new EnumMap<>(TimelyItem.class);
    private final Split<CohortTally> carePlans = new Split<>(CohortTally::new, false);
    private final Split<CohortTally> peps = new Split<>(CohortTally::new, false);
    private final Map<String, List<String>> iroLookedAfter = new HashMap<>();
    private final Map<String, List<String>> iroOther = new HashMap<>();
    private final TreeSet<String> teams = new TreeSet<>();

    public PeriodTallies(MeasurePeriod period, LocalMeasureSettings settings, WorkingDayCalendar calendar) {
        this.period = period;
        this.settings = settings;
        this.calendar = calendar;
        for (var item : TimelyItem.values()) {
            items.put(item, new Split<>(ItemTally::new, item.rules().size() > 1));
        }
    }

    /** Counts one child, given the deadline engine's items for the child as at a day on or after the period's end. */
    public void add(ChildRecord child, List<DueItem> dueItems) {
        var day = period.to();
        var id = child.childId();
        var team = teamOn(child, day);
        teams.add(team);
        for (var item : dueItems) {
            var kind = TimelyItem.of(item.rule());
            if (kind == null) {
                continue;
            }
            boolean onTime = item.isDoneOnTimeWithin(period.from(), day);
            boolean late = item.isDoneLateWithin(period.from(), day);
            boolean outstanding = item.isOutstandingWithin(period.from(), day);
            if (onTime || late || outstanding) {
                var split = items.get(kind);
                split.total.add(id, onTime, late, outstanding);
                split.team(team).add(id, onTime, late, outstanding);
                if (split.byRule != null) {
                    split.rule(item.rule()).add(id, onTime, late, outstanding);
                }
            }
        }
        var start = DeadlineEngine.periodOfCareStart(child, day).orElse(null);
        if (start != null) {
            count(carePlans, id, team, Snapshots.carePlanReviewed(child, start, day, calendar));
            count(peps, id, team, Snapshots.pepCurrent(child, start, day, settings.timescales(), calendar));
        }
        for (var a : child.allocations()) {
            if (a.role() == Allocation.Role.INDEPENDENT_REVIEWING_OFFICER && a.isCurrentOn(day)) {
                ItemTally.addOnce((start != null ? iroLookedAfter : iroOther).computeIfAbsent(a.workerId(),
                        w -> new ArrayList<>()), id);
            }
        }
    }

    private static void count(Split<CohortTally> split, String child, String team, @Nullable Boolean inNumerator) {
        if (inNumerator != null) {
            split.total.add(child, inNumerator);
            split.team(team).add(child, inNumerator);
        }
    }

    /**
     * The team of the child's social worker at the end of {@code day} (allocated from on or before it, not ended
     * on or before it: the dashboard's rule), the latest allocation if several; {@link LocalMeasureCatalogue#NO_TEAM}
     * when none.
     */
    static String teamOn(ChildRecord child, LocalDate day) {
        Allocation found = null;
        for (var a : child.allocations()) {
            if (a.role() == Allocation.Role.SOCIAL_WORKER && a.isCurrentOn(day)
                    && (found == null || !a.from().isBefore(found.from()))) {
                found = a;
            }
        }
        return found == null ? LocalMeasureCatalogue.NO_TEAM : found.team();
    }


    /** The results, every catalogue key and every breakdown category present. */
    public LocalMeasureResults results(LocalMeasureCatalogue catalogue, LocalDate asAt) {
        var values = new HashMap<String, MeasureValue>();
        var breakdowns = new HashMap<String, List<Breakdown>>();
        var notMet = new HashMap<String, List<String>>();
        for (var e : items.entrySet()) {
            var item = e.getKey();
            var split = e.getValue();
            values.put(item.onTimeKey(), split.total.onTimePercentage());
            values.put(item.outstandingKey(), split.total.outstanding());
            notMet.put(item.onTimeKey(), split.total.late());
            breakdowns.put(item.onTimeKey(), breakdowns(split, item, ItemTally::onTimePercentage, ItemTally::new));
            breakdowns.put(item.outstandingKey(), breakdowns(split, item, ItemTally::outstanding, ItemTally::new));
        }
        for (var s : List.of(Map.entry(LocalMeasureCatalogue.CARE_PLANS_REVIEWED, carePlans),
                Map.entry(LocalMeasureCatalogue.PEPS_CURRENT, peps))) {
            values.put(s.getKey(), s.getValue().total.value());
            notMet.put(s.getKey(), s.getValue().total.notMet());
            breakdowns.put(s.getKey(), List.of(new Breakdown(LocalMeasureCatalogue.BY_TEAM,
                    byTeam(s.getValue(), CohortTally::value, CohortTally::new))));
        }
        var caseloads = caseloads();
        putIroValues(caseloads, values);
        var ordered = new LinkedHashMap<String, MeasureValue>();
        var orderedBreakdowns = new LinkedHashMap<String, List<Breakdown>>();
        var orderedNotMet = new LinkedHashMap<String, List<String>>();
        for (var key : catalogue.keys()) {
            var v = values.get(key);
            if (v == null) {
                throw new IllegalStateException("local measure " + key + " is catalogued but was not computed");
            }
            ordered.put(key, v);
            orderedBreakdowns.put(key, breakdowns.getOrDefault(key, List.of()));
            if (notMet.containsKey(key)) {
                orderedNotMet.put(key, notMet.get(key));
            }
        }
        return new LocalMeasureResults(period, asAt, ordered, orderedBreakdowns, orderedNotMet, caseloads);
    }

    private List<Breakdown> breakdowns(Split<ItemTally> split, TimelyItem item, Function<ItemTally, MeasureValue> value,
            Supplier<ItemTally> empty) {
        var out = new ArrayList<Breakdown>();
        out.add(new Breakdown(LocalMeasureCatalogue.BY_TEAM, byTeam(split, value, empty)));
        if (split.byRule != null) {
            var byRule = new LinkedHashMap<String, MeasureValue>();
            for (var rule : item.rules()) {
                var t = split.byRule.get(rule);
                byRule.put(rule.code(), value.apply(t == null ? empty.get() : t));
            }
            out.add(new Breakdown(LocalMeasureCatalogue.BY_RULE, byRule));
        }
        return out;
    }

    /** Every team any child had on the day, sorted, with "no social worker" last. */
    private <T> Map<String, MeasureValue> byTeam(Split<T> split, Function<T, MeasureValue> value, Supplier<T> empty) {
        var out = new LinkedHashMap<String, MeasureValue>();
        for (var team : teams) {
            if (!team.equals(LocalMeasureCatalogue.NO_TEAM)) {
                out.put(team, value.apply(split.byTeam.getOrDefault(team, empty.get())));
            }
        }
        out.put(LocalMeasureCatalogue.NO_TEAM,
                value.apply(split.byTeam.getOrDefault(LocalMeasureCatalogue.NO_TEAM, empty.get())));
        return out;
    }

    private List<IroCaseload> caseloads() {
        var workers = new TreeMap<String, Boolean>();
        iroLookedAfter.keySet().forEach(w -> workers.put(w, true));
        iroOther.keySet().forEach(w -> workers.put(w, true));
        var out = new ArrayList<IroCaseload>(workers.size());
        for (var w : workers.keySet()) {
            var lac = MeasureValue.countOf(iroLookedAfter.getOrDefault(w, List.of())).numeratorChildren();
            var other = MeasureValue.countOf(iroOther.getOrDefault(w, List.of())).numeratorChildren();
            var weighted = settings.lookedAfterWeight().multiply(BigDecimal.valueOf(lac.size()))
                    .add(settings.otherCaseWeight().multiply(BigDecimal.valueOf(other.size())));
            var banded = settings.bandOnWeightedCaseload() ? weighted : BigDecimal.valueOf(lac.size());
            out.add(new IroCaseload(w, lac, other, weighted,
                    IroCaseload.Band.of(banded, settings.caseloadLow(), settings.caseloadHigh())));
        }
        out.sort(Comparator.comparing(IroCaseload::workerId));
        return out;
    }

    private static void putIroValues(List<IroCaseload> caseloads, Map<String, MeasureValue> values) {
        long sum = 0;
        var all = new ArrayList<String>();
        var byBand = new EnumMap<IroCaseload.Band, List<String>>(IroCaseload.Band.class);
        var iros = new EnumMap<IroCaseload.Band, Integer>(IroCaseload.Band.class);
        for (var band : IroCaseload.Band.values()) {
            byBand.put(band, new ArrayList<>());
            iros.put(band, 0);
        }
        for (var c : caseloads) {
            sum += c.lookedAfter();
            all.addAll(c.lookedAfterChildren());
            byBand.get(c.band()).addAll(c.lookedAfterChildren());
            iros.merge(c.band(), 1, Integer::sum);
        }
        values.put(LocalMeasureCatalogue.IRO_CASELOAD_AVERAGE, MeasureValue.average(sum, caseloads.size(), all));
        values.put(LocalMeasureCatalogue.IROS, MeasureValue.count(caseloads.size(), all));
        values.put(LocalMeasureCatalogue.IROS_BELOW, MeasureValue.count(iros.get(IroCaseload.Band.BELOW),
                byBand.get(IroCaseload.Band.BELOW)));
        values.put(LocalMeasureCatalogue.IROS_WITHIN, MeasureValue.count(iros.get(IroCaseload.Band.WITHIN),
                byBand.get(IroCaseload.Band.WITHIN)));
        values.put(LocalMeasureCatalogue.IROS_ABOVE, MeasureValue.count(iros.get(IroCaseload.Band.ABOVE),
                byBand.get(IroCaseload.Band.ABOVE)));
    }
}
