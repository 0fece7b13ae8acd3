package org.ourpromise.permanence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.ourpromise.care.CareEpisodes;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.cluster.DataVersion;
import org.ourpromise.record.AdoptionOrder;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.PeriodOfCare;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.reviews.ReviewsHeld;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every child in care today on the permanence tracker: the facts read from the record and the plans and panel
 * decisions kept here, worked through {@link PermanenceTracking}. The caller audits what is shown.
 */
@Service
public class PermanenceTracker {

    private final ChildRegister children;
    private final CareEpisodes care;
    private final ReviewsHeld reviews;
    private final PermanenceRepository adoption;
    private final PermanenceStore store;
    private final Clock clock;
    private final PermanenceTracking.Settings settings;
    private final DataVersion versions;
    /** Every child's row as at a day, kept until a record or the permanence tables change (on any server). */
    private final Map<Made, List<TrackedChild>> kept = new ConcurrentHashMap<>();

    /** What the kept rows were made from: the day and the two data versions. */
    private record Made(LocalDate day, long records, long permanence) {
    }

    PermanenceTracker(ChildRegister children, CareEpisodes care, ReviewsHeld reviews,
            PermanenceRepository adoption, PermanenceStore store, Clock clock, DataVersion versions,
            @Value("${promise.permanence.plan-months:12}") int planMonths,
            @Value("${promise.permanence.placement-order-match-days:121}") int matchDays) {
        this.children = children;
        this.care = care;
        this.reviews = reviews;
        this.adoption = adoption;
        this.store = store;
        this.clock = clock;
        this.settings = new PermanenceTracking.Settings(planMonths, matchDays);
        this.versions = versions;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public PermanenceTracking.Settings settings() {
        return settings;
    }

    /**
     * The children in care on {@code day} that the user may see ({@code visible} empty: every child), drifting
     * first, then the longest-standing plan first.
     */
    @Transactional(readOnly = true)
    public List<TrackedChild> tracked(Optional<Set<String>> visible, LocalDate day) {
        var made = new Made(day, versions.current(DataVersion.Area.RECORDS),
                versions.current(DataVersion.Area.PERMANENCE));
        var all = kept.get(made);
        if (all == null) {
            all = List.copyOf(rows(null, Optional.empty(), day));
            kept.keySet().removeIf(m -> m.records() != made.records() || m.permanence() != made.permanence()
                    || !m.day().equals(today()));
            kept.put(made, all);
        }
        return visible.isEmpty() ? all : all.stream().filter(t -> visible.get().contains(t.childId())).toList();
    }

    private List<TrackedChild> rows(@Nullable String childId, Optional<Set<String>> visible, LocalDate day) {
        var episodes = care.byChild(childId);
        var allocations = children.allocations(childId);
        var held = reviews.byChild(childId);
        var orders = adoption.adoptionOrders(childId);
        var plans = store.currentPlans(childId);
        var outcomes = store.outcomes(childId);
        var rows = new ArrayList<TrackedChild>();
        children.children(childId).forEach((id, child) -> {
            if (visible.isPresent() && !visible.get().contains(id)) {
                return;
            }
            var period = currentPeriod(episodes.getOrDefault(id, List.of()), day);
            if (period == null) {
                return;
            }
            var facts = new PermanenceTracking.ChildFacts(id,
                    child.identity().givenName() + " " + child.identity().familyName(), period.start(),
                    held.getOrDefault(id, List.of()).stream().map(ReviewHeld::date).toList(),
                    placementOrderSince(period, day), matched(orders.get(id)), plans.get(id),
                    outcomes.getOrDefault(id, List.of()), worker(allocations.get(id), Allocation.Role.SOCIAL_WORKER, day),
                    worker(allocations.get(id), Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, day));
            rows.add(PermanenceTracking.track(facts, day, settings));
        });
        rows.sort(Comparator.comparing((TrackedChild t) -> !t.drifting())
                .thenComparing(t -> t.daysSincePlan() == null ? Long.MIN_VALUE : -t.daysSincePlan())
                .thenComparing(TrackedChild::childId));
        return rows;
    }

    /** One child's place on the tracker, if they are in care on the day. */
    @Transactional(readOnly = true)
    public Optional<TrackedChild> tracked(String childId, LocalDate day) {
        return rows(childId, Optional.empty(), day).stream().findFirst();
    }

    static @Nullable PeriodOfCare currentPeriod(List<CareEpisode> episodes, LocalDate day) {
        for (var p : PeriodOfCare.of(PeriodOfCare.withoutShortBreaks(episodes))) {
            if (p.isOpenAt(day)) {
                return p;
            }
        }
        return null;
    }

    /** The start of the run of placement-order episodes (legal status E1) the child is in on the day, if any. */
    static @Nullable LocalDate placementOrderSince(PeriodOfCare period, LocalDate day) {
        LocalDate since = null;
        for (var e : period.episodes()) {
            if (e.started().isAfter(day)) {
                break;
            }
            since = e.legalStatus().equals("E1") ? (since == null ? e.started() : since) : null;
        }
        return since;
    }

    private static @Nullable LocalDate matched(@Nullable AdoptionOrder order) {
        return order == null ? null : order.matched();
    }

    private static @Nullable String worker(@Nullable List<Allocation> allocations, Allocation.Role role, LocalDate day) {
        if (allocations == null) {
            return null;
        }
        return allocations.stream().filter(a -> a.role() == role && a.isCurrentOn(day)).map(Allocation::workerId)
                .findFirst().orElse(null);
    }

    /** The panel's figures for the year ending 31 March {@code year}, and the plans and outcomes behind them. */
    @Transactional(readOnly = true)
    public PermanenceTracking.PanelFigures figures(int year) {
        var outcomes = store.outcomes(null).values().stream().flatMap(List::stream).toList();
        return PermanenceTracking.figures(LocalDate.of(year - 1, 4, 1), LocalDate.of(year, 3, 31), outcomes,
                store.plans(null));
    }
}
