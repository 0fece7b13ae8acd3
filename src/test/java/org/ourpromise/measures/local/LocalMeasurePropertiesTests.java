package org.ourpromise.measures.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.ourpromise.measures.IroCaseload;
import org.ourpromise.measures.LocalMeasureCatalogue;
import org.ourpromise.measures.LocalMeasureResults;
import org.ourpromise.measures.LocalMeasureSettings;
import org.ourpromise.measures.LocalMeasures;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasurePeriod;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.timescales.Birthdays;
import org.ourpromise.timescales.DeadlineEngine;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.DueStatus;
import org.ourpromise.timescales.ReviewSchedule;
import org.ourpromise.timescales.SyntheticChildren;
import org.ourpromise.timescales.WorkingDayCalendar;

/** Properties of the local measures over messy synthetic records with allocations (jqwik). */
class LocalMeasurePropertiesTests {

    private static final LocalDate FROM = LocalDate.of(2021, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);
    private static final LocalMeasureSettings SETTINGS = LocalMeasureSettings.defaults();
    private static final LocalMeasureCatalogue CATALOGUE = LocalMeasureCatalogue.of(SETTINGS);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final String[] TEAMS = {"T1", "T2", "T3"};

    /** SyntheticChildren's record with social workers in three teams and IROs, sometimes overlapping or missing. */
    static ChildRecord child(long seed, int n) {
        var base = SyntheticChildren.child(seed * 7919 + n, String.format("C%03d", n), FROM, TO);
        var r = new Random(seed * 31 + n);
        var allocations = new ArrayList<Allocation>();
        var d = base.episodes().isEmpty() ? FROM : base.episodes().get(0).started();
        for (int i = 0; i < r.nextInt(4); i++) {
            var end = d.plusDays(60 + r.nextInt(500));
            boolean last = r.nextInt(3) == 0;
            allocations.add(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW" + r.nextInt(6), TEAMS[r.nextInt(3)], d,
                    last ? null : end, null));
            d = end.plusDays(r.nextInt(3) == 0 ? 20 : 0);
        }
        d = base.episodes().isEmpty() ? FROM : base.episodes().get(0).started();
        for (int i = 0; i < 1 + r.nextInt(3); i++) {
            var end = d.plusDays(30 + r.nextInt(700));
            allocations.add(new Allocation(Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, "IRO" + r.nextInt(4), "IRO",
                    d, r.nextInt(4) == 0 ? null : end, null));
            d = end.minusDays(r.nextInt(5) == 0 ? 10 : 0);
        }
        return ChildRecords.copyOf(base).allocations(allocations).build();
    }

    static List<ChildRecord> council(long seed, int children) {
        var out = new ArrayList<ChildRecord>();
        for (int i = 0; i < children; i++) {
            out.add(child(seed, i));
        }
        return out;
    }

    private static MeasurePeriod month(int offset) {
        var m = YearMonth.from(FROM).plusMonths(offset);
        return new MeasurePeriod(m.atDay(1), m.atEndOfMonth());
    }

    private static LocalMeasureResults compute(long seed, int children, int monthOffset, int lateDays) {
        var period = month(monthOffset);
        var asAt = period.to().plusDays(lateDays);
        return LocalMeasures.compute(council(seed, children), period, asAt, SETTINGS);
    }

    @Property(tries = 60)
    void percentagesAreBetween0And100WithNumeratorsInsideDenominators(@ForAll @LongRange(min = 0, max = 100_000) long seed,
            @ForAll @IntRange(min = 0, max = 40) int children, @ForAll @IntRange(min = 0, max = 59) int month,
            @ForAll @IntRange(min = 0, max = 400) int lateDays) {
        var r = compute(seed, children, month, lateDays);
        assertThat(r.values().keySet()).containsExactlyElementsOf(CATALOGUE.keys());
        for (var m : CATALOGUE.measures()) {
            var v = r.get(m.key());
            assertThat(v.numerator()).as(m.key()).isNotNegative();
            assertThat(v.numeratorChildren()).as(m.key()).isSorted().doesNotHaveDuplicates();
            if (m.kind() != Measure.Kind.PERCENTAGE) {
                continue;
            }
            assertThat(v.numerator()).as(m.key()).isLessThanOrEqualTo(v.denominator());
            assertThat(new HashSet<>(v.denominatorChildren())).as(m.key()).containsAll(v.numeratorChildren())
                    .containsAll(r.notMetOf(m.key()));
            if (v.denominator() == 0) {
                assertThat(v.value()).as(m.key()).isNull();
            } else {
                assertThat(v.value()).as(m.key()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            }
        }
    }

    @Property(tries = 60)
    void everyBreakdownSumsToItsTotal(@ForAll @LongRange(min = 0, max = 100_000) long seed,
            @ForAll @IntRange(min = 0, max = 40) int children, @ForAll @IntRange(min = 0, max = 59) int month,
            @ForAll @IntRange(min = 0, max = 400) int lateDays) {
        var r = compute(seed, children, month, lateDays);
        for (var key : CATALOGUE.keys()) {
            var total = r.get(key);
            var breakdowns = r.breakdownsOf(key);
            assertThat(breakdowns).extracting(LocalMeasureResults.Breakdown::dimension).as(key)
                    .containsExactlyElementsOf(CATALOGUE.breakdowns(key));
            for (var b : breakdowns) {
                long n = 0;
                long d = 0;
                Set<String> children1 = new HashSet<>();
                for (var v : b.values().values()) {
                    n += v.numerator();
                    d += v.denominator() == null ? 0 : v.denominator();
                    children1.addAll(v.numeratorChildren());
                }
                assertThat(n).as(key + " by " + b.dimension()).isEqualTo(total.numerator());
                assertThat(d).as(key + " by " + b.dimension()).isEqualTo(total.denominator() == null ? 0 : total.denominator());
                assertThat(children1).as(key + " by " + b.dimension()).isEqualTo(new HashSet<>(total.numeratorChildren()));
            }
        }
        long banded = r.get("local.iros.below_range").numerator() + r.get("local.iros.within_range").numerator()
                + r.get("local.iros.above_range").numerator();
        assertThat(banded).isEqualTo(r.get("local.iros").numerator()).isEqualTo(r.iroCaseloads().size());
        var average = r.get("local.iro_caseload_average");
        assertThat(average.numerator()).isEqualTo(r.iroCaseloads().stream().mapToLong(IroCaseload::lookedAfter).sum());
        assertThat(average.denominator()).isEqualTo(r.iroCaseloads().size());
    }

    @Property(tries = 25)
    void aTrendIsTheSameAsEachPeriodOnItsOwn(@ForAll @LongRange(min = 0, max = 100_000) long seed,
            @ForAll @IntRange(min = 1, max = 30) int children, @ForAll @IntRange(min = 0, max = 50) int month) {
        var records = council(seed, children);
        var periods = List.of(month(month), month(month + 1), month(month + 2),
                new MeasurePeriod(month(month).from(), month(month + 2).to()));
        var asAt = month(month + 3).to();
        var trend = LocalMeasures.compute(records, periods, asAt, SETTINGS);
        for (int i = 0; i < periods.size(); i++) {
            assertThat(trend.get(i)).isEqualTo(LocalMeasures.compute(records, periods.get(i), asAt, SETTINGS));
        }
        // a quarter's item counts are its months' counts added up
        for (var key : List.of("local.visits_on_time_pct", "local.iha_on_time_pct", "local.return_interviews_on_time_pct")) {
            long n = 0;
            long d = 0;
            for (int i = 0; i < 3; i++) {
                n += trend.get(i).get(key).numerator();
                d += trend.get(i).get(key).denominator();
            }
            assertThat(trend.get(3).get(key).numerator()).as(key).isEqualTo(n);
            assertThat(trend.get(3).get(key).denominator()).as(key).isEqualTo(d);
        }
    }

    /**
     * The snapshots use the deadline engine's own arithmetic: whoever is in a cohort has the engine's first review
     * (or first PEP) of that period of care, due on the same day; PEPs are up to date exactly when no PEP deadline
     * of the period is overdue; a review chain not overdue means the care plan was reviewed in the last 6 months.
     */
    @Property(tries = 400)
    void snapshotsAgreeWithTheDeadlineEngine(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 0, max = 1825) int dayOffset) {
        agreeWithTheEngine(child(seed, 0), FROM.plusDays(dayOffset));
    }

    /** The same on the days where the 6 months of a review or PEP meeting run out: the day before, on, after. */
    @Property(tries = 400)
    void snapshotsAgreeWithTheDeadlineEngineWhereSixMonthsRunOut(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 0, max = 1000) int pick, @ForAll @IntRange(min = -1, max = 1) int delta) {
        var child = child(seed, 0);
        var events = new ArrayList<LocalDate>();
        child.reviews().forEach(r -> events.add(r.date()));
        child.education().forEach(e -> events.add(e.date()));
        if (!events.isEmpty()) {
            agreeWithTheEngine(child, events.get(pick % events.size()).plusMonths(6).plusDays(delta));
        }
    }

    private static void agreeWithTheEngine(ChildRecord child, LocalDate day) {
        var start = DeadlineEngine.periodOfCareStart(child, day).orElse(null);
        if (start == null) {
            return;
        }
        var items = DeadlineEngine.englandAndWales().dueItems(child, day, SETTINGS.timescales());
        var carePlan = Snapshots.carePlanReviewed(child, start, day, CALENDAR);
        if (carePlan != null) {
            var firstDue = ReviewSchedule.forPeriodOfCare(start, CALENDAR).firstDue();
            assertThat(items).anyMatch(i -> i.rule() == DeadlineRule.REVIEW_FIRST && i.triggeredOn().equals(start)
                    && i.due().equals(firstDue));
            boolean chainOverdue = items.stream().anyMatch(i -> i.rule().name().startsWith("REVIEW_")
                    && !i.triggeredOn().isBefore(start) && i.status() == DueStatus.OVERDUE);
            if (!chainOverdue) {
                assertThat(carePlan).as("no review overdue on %s", day).isTrue();
            }
        }
        var pep = Snapshots.pepCurrent(child, start, day, SETTINGS.timescales(), CALENDAR);
        if (pep != null) {
            var fifth = Birthdays.nth(child.dateOfBirth(), SETTINGS.timescales().pepFromAge());
            var chainStart = fifth.isAfter(start) ? fifth : start;
            var initialDue = CALENDAR.addWorkingDays(chainStart, SETTINGS.timescales().pepWorkingDays());
            assertThat(items).anyMatch(i -> i.rule() == DeadlineRule.PEP_INITIAL && i.triggeredOn().equals(chainStart)
                    && i.due().equals(initialDue));
            boolean overdue = items.stream().anyMatch(i -> (i.rule() == DeadlineRule.PEP_INITIAL
                    || i.rule() == DeadlineRule.PEP_REVIEW) && !i.triggeredOn().isBefore(chainStart)
                    && i.status() == DueStatus.OVERDUE);
            assertThat(pep).as("PEP up to date on %s", day).isEqualTo(!overdue);
        }
    }
}
