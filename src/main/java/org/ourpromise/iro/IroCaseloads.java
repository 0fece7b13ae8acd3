package org.ourpromise.iro;

import static org.ourpromise.measures.IroServiceMeasureCatalogue.CASELOAD_PER_FTE;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.FTE_ABOVE;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.FTE_BELOW;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.FTE_WITHIN;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.LOOKED_AFTER_PER_FTE;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.PERMANENCE_LATER;
import static org.ourpromise.measures.IroServiceMeasureCatalogue.PERMANENCE_SECOND;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.ourpromise.measures.IroCaseload;
import org.ourpromise.measures.LocalMeasureSettings;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.PeriodOfCare;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.ReviewHeld;

/**
 * The record's IRO measures: each IRO's weighted caseload per full-time equivalent on a day (the FTE from the
 * staff directory, full time when it does not list them) against the handbook's range, and a permanence plan at
 * the second and later reviews. Pure.
 */
final class IroCaseloads {

    /**
     * One IRO's caseload on the day.
     *
     * @param perFte the weighted caseload divided by the FTE, half-up to 1 decimal place
     * @param band   where the IRO falls against the range: by weighted caseload or by looked-after children per
     *               FTE, as the settings choose
     */
    record Row(String workerId, int lookedAfter, int other, BigDecimal weighted, BigDecimal fte, BigDecimal perFte,
            IroCaseload.Band band) {
    }

    private IroCaseloads() {
    }

    static List<Row> of(List<ChildRecord> records, LocalDate day, Map<String, BigDecimal> fteByWorker,
            LocalMeasureSettings settings) {
        var lac = new TreeMap<String, Integer>();
        var other = new TreeMap<String, Integer>();
        for (var r : records) {
            boolean inCare = PeriodOfCare.of(PeriodOfCare.withoutShortBreaks(r.episodes())).stream()
                    .anyMatch(p -> p.isOpenAt(day));
            r.allocations().stream().filter(a -> a.role() == Allocation.Role.INDEPENDENT_REVIEWING_OFFICER
                    && a.isCurrentOn(day)).map(Allocation::workerId).distinct()
                    .forEach(w -> (inCare ? lac : other).merge(w, 1, Integer::sum));
        }
        var workers = new TreeMap<String, Boolean>();
        lac.keySet().forEach(w -> workers.put(w, true));
        other.keySet().forEach(w -> workers.put(w, true));
        var rows = new ArrayList<Row>();
        for (var w : workers.keySet()) {
            int l = lac.getOrDefault(w, 0);
            int o = other.getOrDefault(w, 0);
            var weighted = settings.lookedAfterWeight().multiply(BigDecimal.valueOf(l))
                    .add(settings.otherCaseWeight().multiply(BigDecimal.valueOf(o)));
            var fte = fteOf(fteByWorker.get(w));
            var perFte = weighted.divide(fte, 1, RoundingMode.HALF_UP);
            var banded = settings.bandOnWeightedCaseload() ? perFte
                    : BigDecimal.valueOf(l).divide(fte, 1, RoundingMode.HALF_UP);
            rows.add(new Row(w, l, o, weighted, fte, perFte,
                    IroCaseload.Band.of(banded, settings.caseloadLow(), settings.caseloadHigh())));
        }
        return rows;
    }

    private static BigDecimal fteOf(@Nullable BigDecimal fte) {
        return fte == null || fte.signum() <= 0 ? BigDecimal.ONE : fte;
    }

    static Map<String, MeasureValue> values(List<Row> rows) {
        var out = new LinkedHashMap<String, MeasureValue>();
        var weighted = rows.stream().map(Row::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
        var fte = rows.stream().map(Row::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
        var ids = rows.stream().map(Row::workerId).toList();
        long lac = rows.stream().mapToLong(Row::lookedAfter).sum();
        out.put(LOOKED_AFTER_PER_FTE, new MeasureValue(fte.signum() == 0 ? null
                : BigDecimal.valueOf(lac).divide(fte, 1, RoundingMode.HALF_UP), lac, null, List.of(), List.of()));
        out.put(CASELOAD_PER_FTE, new MeasureValue(fte.signum() == 0 ? null : weighted.divide(fte, 1, RoundingMode.HALF_UP),
                rows.stream().mapToLong(r -> r.lookedAfter() + r.other()).sum(), null, List.of(), List.of()));
        out.put(FTE_BELOW, band(rows, IroCaseload.Band.BELOW));
        out.put(FTE_WITHIN, band(rows, IroCaseload.Band.WITHIN));
        out.put(FTE_ABOVE, band(rows, IroCaseload.Band.ABOVE));
        return out;
    }

    private static MeasureValue band(List<Row> rows, IroCaseload.Band band) {
        long n = rows.stream().filter(r -> r.band() == band).count();
        return MeasureValue.count(n, List.of());
    }

    /**
     * Second and later reviews of a period of care held between {@code from} and {@code to}, with a permanence plan
     * recorded in that period of care on or before the review.
     */
    static Map<String, MeasureValue> permanence(List<ChildRecord> records, LocalDate from, LocalDate to) {
        var second = new ArrayList<String>();
        var secondWithPlan = new ArrayList<String>();
        var later = new ArrayList<String>();
        var laterWithPlan = new ArrayList<String>();
        for (var r : records) {
            for (var period : PeriodOfCare.of(PeriodOfCare.withoutShortBreaks(r.episodes()))) {
                var reviews = r.reviews().stream().filter(v -> !v.date().isBefore(period.start())
                        && (period.end() == null || !v.date().isAfter(period.end())))
                        .sorted(Comparator.comparing(ReviewHeld::date)).toList();
                for (int i = 1; i < reviews.size(); i++) {
                    var v = reviews.get(i);
                    if (!IroMeasures.within(v.date(), from, to)) {
                        continue;
                    }
                    boolean plan = r.plans().stream().anyMatch(p -> p.kind() == PlanEvent.Kind.PERMANENCE_PLAN
                            && !p.date().isBefore(period.start()) && !p.date().isAfter(v.date()));
                    (i == 1 ? second : later).add(r.childId());
                    if (plan) {
                        (i == 1 ? secondWithPlan : laterWithPlan).add(r.childId());
                    }
                }
            }
        }
        var out = new LinkedHashMap<String, MeasureValue>();
        out.put(PERMANENCE_SECOND, MeasureValue.percentage(secondWithPlan.size(), second.size(), secondWithPlan, second));
        out.put(PERMANENCE_LATER, MeasureValue.percentage(laterWithPlan.size(), later.size(), laterWithPlan, later));
        return out;
    }
}
