package org.ourpromise.measures;

import static org.ourpromise.measures.WorkforceMeasureCatalogue.AGENCY_STAFF;
import static org.ourpromise.measures.WorkforceMeasureCatalogue.CHILDREN_PER_SOCIAL_WORKER;
import static org.ourpromise.measures.WorkforceMeasureCatalogue.SOCIAL_WORKER_CHANGES;
import static org.ourpromise.measures.WorkforceMeasureCatalogue.YOUNG_PEOPLE_PER_ADVISER;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;

/**
 * Pure: the {@link WorkforceMeasureCatalogue} for a period from the children's records (their allocations) and the
 * {@link Workforce}. Snapshots (caseloads, agency staff) are taken on the period's last day; changes of social worker
 * are those starting on a day of the period, so a hand-over on 31 March counts in the year ending that day and one
 * on 1 April in the next.
 */
public final class WorkforceMeasures {

    private WorkforceMeasures() {
    }

    /** One worker's caseload on the period's last day: the children allocated to them and per full-time post. */
    public record Caseload(String workerId, String name, String team, Allocation.Role role, boolean agency,
            BigDecimal fte, List<String> children, @Nullable BigDecimal perFte) {
        public Caseload {
            children = List.copyOf(children);
        }
    }

    /**
     * @param values     every key of the catalogue
     * @param caseloads  the social workers' and personal advisers' caseloads on the period's last day, by role then name
     * @param changes    per child with at least one change of social worker in the period, how many
     * @param agency     the agency staff in post on the period's last day, by name
     */
    public record Results(MeasurePeriod period, Map<String, MeasureValue> values, List<Caseload> caseloads,
            Map<String, Integer> changes, List<Workforce.Worker> agency) {
        public Results {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            caseloads = List.copyOf(caseloads);
            changes = java.util.Collections.unmodifiableMap(new TreeMap<>(changes));
            agency = List.copyOf(agency);
        }

        public MeasureValue get(String key) {
            var v = values.get(key);
            if (v == null) {
                throw new IllegalArgumentException("no workforce measure " + key);
            }
            return v;
        }
    }

    public static Results compute(List<ChildRecord> records, Workforce workforce, MeasurePeriod period) {
        var day = period.to();
        var values = new LinkedHashMap<String, MeasureValue>();
        var caseloads = new ArrayList<Caseload>();
        values.put(CHILDREN_PER_SOCIAL_WORKER, perFte(records, workforce, Allocation.Role.SOCIAL_WORKER, day, caseloads));
        values.put(YOUNG_PEOPLE_PER_ADVISER, perFte(records, workforce, Allocation.Role.PERSONAL_ADVISER, day, caseloads));
        var inPost = workforce.workers().stream().filter(w -> w.inPostOn(day)).toList();
        var agency = inPost.stream().filter(Workforce.Worker::agency)
                .sorted(Comparator.comparing(Workforce.Worker::name)).toList();
        values.put(AGENCY_STAFF, MeasureValue.percentage(agency.size(), inPost.size(), List.of(), List.of()));
        var changes = new TreeMap<String, Integer>();
        var withWorker = new TreeSet<String>();
        for (var r : records) {
            var sw = socialWorkers(r);
            if (sw.stream().anyMatch(a -> overlaps(a, period))) {
                withWorker.add(r.childId());
                int n = changesIn(sw, period);
                if (n > 0) {
                    changes.put(r.childId(), n);
                }
            }
        }
        long sum = changes.values().stream().mapToLong(Integer::longValue).sum();
        var value = withWorker.isEmpty() ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(withWorker.size()), 1, RoundingMode.HALF_UP);
        values.put(SOCIAL_WORKER_CHANGES, new MeasureValue(value, sum, (long) withWorker.size(),
                List.copyOf(changes.keySet()), List.copyOf(withWorker)));
        return new Results(period, values, caseloads, changes, agency);
    }

    /** A child's social worker allocations in the order they began. */
    private static List<Allocation> socialWorkers(ChildRecord r) {
        return r.allocations().stream().filter(a -> a.role() == Allocation.Role.SOCIAL_WORKER)
                .sorted(Comparator.comparing(Allocation::from)).toList();
    }

    /** Allocations beginning in the period to a worker other than the one allocated before. */
    static int changesIn(List<Allocation> inOrder, MeasurePeriod period) {
        int n = 0;
        for (int i = 1; i < inOrder.size(); i++) {
            var a = inOrder.get(i);
            boolean inPeriod = !a.from().isBefore(period.from()) && !a.from().isAfter(period.to());
            if (inPeriod && !a.workerId().equals(inOrder.get(i - 1).workerId())) {
                n++;
            }
        }
        return n;
    }

    private static boolean overlaps(Allocation a, MeasurePeriod p) {
        return !a.from().isAfter(p.to()) && (a.to() == null || a.to().isAfter(p.from()));
    }

    /** Children allocated in the role on {@code day} over the FTE of its workers; each worker's caseload added. */
    private static MeasureValue perFte(List<ChildRecord> records, Workforce workforce, Allocation.Role role,
            LocalDate day, List<Caseload> caseloads) {
        var byWorker = new TreeMap<String, List<String>>();
        var children = new TreeSet<String>();
        for (var r : records) {
            for (var a : r.allocations()) {
                if (a.role() == role && a.isCurrentOn(day)) {
                    byWorker.computeIfAbsent(a.workerId(), w -> new ArrayList<>()).add(r.childId());
                    children.add(r.childId());
                }
            }
        }
        var known = new LinkedHashMap<String, Workforce.Worker>();
        workforce.workers().forEach(w -> known.put(w.workerId(), w));
        for (var w : workforce.workers()) {
            if (w.caseRole() == role && w.inPostOn(day)) {
                byWorker.computeIfAbsent(w.workerId(), id -> new ArrayList<>());
            }
        }
        var fte = BigDecimal.ZERO;
        var rows = new ArrayList<Caseload>();
        for (var e : byWorker.entrySet()) {
            var w = known.get(e.getKey());
            var hours = w == null ? BigDecimal.ONE : w.fte();
            fte = fte.add(hours);
            var held = e.getValue().stream().distinct().sorted().toList();
            rows.add(new Caseload(e.getKey(), w == null ? e.getKey() : w.name(), w == null ? "" : w.team(), role,
                    w != null && w.agency(), hours, held, ratio(held.size(), hours)));
        }
        rows.sort(Comparator.comparing(Caseload::name).thenComparing(Caseload::workerId));
        caseloads.addAll(rows);
        return new MeasureValue(ratio(children.size(), fte), children.size(), null, List.copyOf(children), List.of());
    }

    private static @Nullable BigDecimal ratio(long n, BigDecimal fte) {
        return fte.signum() == 0 ? null : BigDecimal.valueOf(n).divide(fte, 1, RoundingMode.HALF_UP);
    }
}
