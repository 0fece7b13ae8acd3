package org.ourpromise.permanence;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One child in care on the permanence tracker as at a day: their plan, the panel's latest decision, whether
 * permanence is achieved, and why the child is on the drift list (empty when they are not).
 */
public record TrackedChild(PermanenceTracking.ChildFacts facts, @Nullable LocalDate secondReview,
        @Nullable Boolean planBySecondReview, @Nullable PanelOutcome latestDecision, boolean achieved,
        @Nullable Long daysSincePlan, List<Drift> drift) {

    /** Why a child is drifting. The words name the setting's value where one applies. */
    public enum Drift {
        NO_DECISION_AFTER_SECOND_REVIEW,
        PLAN_NOT_ACHIEVED,
        PLACEMENT_ORDER_NOT_MATCHED
    }

    public String childId() {
        return facts.childId();
    }

    public @Nullable PermanencePlan plan() {
        return facts.plan();
    }

    public boolean drifting() {
        return !drift.isEmpty();
    }
}
