package org.ourpromise.permanence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Pure: where a child in care is on the road to permanence as at a day, and whether they are drifting. A child
 * drifts when (1) the second review of this period of care has been held and the Permanence Panel has made no
 * decision (agreed or not agreed; a deferral is not a decision) and nothing is achieved; (2) the plan is older
 * than the council's setting and nothing is achieved; (3) a placement order has stood longer than the adoption
 * scorecard's threshold with no match.
 */
public final class PermanenceTracking {

    /** The council's settings: months a plan may stand unachieved, days from placement order to match. */
    public record Settings(int planMonths, int placementOrderMatchDays) {
        public Settings {
            if (planMonths < 1 || placementOrderMatchDays < 1) {
                throw new IllegalArgumentException("drift settings must be positive");
            }
        }
    }

    /**
     * What the record says about one child in care.
     *
     * @param reviews        the reviews held in this period of care, in date order
     * @param placementOrder the day the child's current run of placement-order legal status began, if it is one
     * @param matched        the day the child was matched with adopters, if they have been
     * @param outcomes       every time the child was presented to the panel
     */
    public record ChildFacts(String childId, String name, LocalDate periodStart, List<LocalDate> reviews,
            @Nullable LocalDate placementOrder, @Nullable LocalDate matched, @Nullable PermanencePlan plan,
            List<PanelOutcome> outcomes, @Nullable String worker, @Nullable String iro) {
        public ChildFacts {
            reviews = List.copyOf(reviews);
            outcomes = List.copyOf(outcomes);
        }
    }

    private PermanenceTracking() {
    }

    public static TrackedChild track(ChildFacts facts, LocalDate today, Settings settings) {
        var held = facts.reviews().stream().filter(d -> !d.isBefore(facts.periodStart()) && !d.isAfter(today))
                .sorted().toList();
        LocalDate secondReview = held.size() >= 2 ? held.get(1) : null;
        var plan = facts.plan() != null && !facts.plan().setOn().isAfter(today) ? facts.plan() : null;
        Boolean bySecond = secondReview == null ? null : plan != null && !plan.setOn().isAfter(secondReview);
        boolean achieved = plan != null && plan.isAchievedBy(today);
        var outcomes = facts.outcomes().stream().filter(o -> !o.meetsOn().isAfter(today))
                .sorted(Comparator.comparing(PanelOutcome::meetsOn)).toList();
        PanelOutcome latest = null;
        for (var o : outcomes) {
            if (o.decision() != null) {
                latest = o;
            }
        }
        boolean decided = outcomes.stream().anyMatch(o -> o.decision() != null && o.decision().decides());
        var drift = new ArrayList<TrackedChild.Drift>();
        if (secondReview != null && !decided && !achieved) {
            drift.add(TrackedChild.Drift.NO_DECISION_AFTER_SECOND_REVIEW);
        }
        if (plan != null && !achieved && today.isAfter(plan.setOn().plusMonths(settings.planMonths()))) {
            drift.add(TrackedChild.Drift.PLAN_NOT_ACHIEVED);
        }
        if (facts.placementOrder() != null && (facts.matched() == null || facts.matched().isAfter(today))
                && ChronoUnit.DAYS.between(facts.placementOrder(), today) > settings.placementOrderMatchDays()) {
            drift.add(TrackedChild.Drift.PLACEMENT_ORDER_NOT_MATCHED);
        }
        Long since = plan == null ? null : ChronoUnit.DAYS.between(plan.setOn(), achieved ? plan.achievedOn() : today);
        return new TrackedChild(facts, secondReview, bySecond, latest, achieved, since, List.copyOf(drift));
    }

    /** The panel's figures for a span of days (both ends included). */
    public record PanelFigures(LocalDate from, LocalDate to, int presented, int agreed, int notAgreed, int deferred,
            int achieved, @Nullable Long medianDaysToAchieve) {
    }

    /**
     * Decisions made at meetings in the span, and plans achieved in it with the median days from plan to
     * achievement (the lower middle of an even count, so the figure is a real child's).
     */
    public static PanelFigures figures(LocalDate from, LocalDate to, List<PanelOutcome> outcomes,
            List<PermanencePlan> plans) {
        int presented = 0;
        int[] counts = new int[PanelDecision.values().length];
        for (var o : outcomes) {
            if (o.meetsOn().isBefore(from) || o.meetsOn().isAfter(to)) {
                continue;
            }
            presented++;
            if (o.decision() != null) {
                counts[o.decision().ordinal()]++;
            }
        }
        var days = plans.stream().filter(p -> p.achievedOn() != null && !p.achievedOn().isBefore(from)
                && !p.achievedOn().isAfter(to)).map(p -> ChronoUnit.DAYS.between(p.setOn(), p.achievedOn()))
                .sorted().toList();
        Long median = days.isEmpty() ? null : days.get((days.size() - 1) / 2);
        return new PanelFigures(from, to, presented, counts[PanelDecision.AGREED.ordinal()],
                counts[PanelDecision.NOT_AGREED.ordinal()], counts[PanelDecision.DEFERRED.ordinal()], days.size(),
                median);
    }
}
