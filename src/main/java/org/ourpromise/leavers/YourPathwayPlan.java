package org.ourpromise.leavers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A young person's current pathway plan in words written to them, for their own pages: each part with a plain
 * heading, what they said about it, and the goals with what will happen and by when. Read-only; the caller
 * checks that the plan is the signed-in young person's own, and audits the view.
 */
@Component
public class YourPathwayPlan {

    /** A part of the plan: its heading to the young person and what it says. */
    public record Part(String heading, String text) {
    }

    /** A goal, what will happen to reach it, and the date it should happen by. */
    public record Goal(String goal, String whatWillHappen, LocalDate byWhen) {
    }

    /** The plan as the young person reads it. */
    public record Plan(int version, LocalDate agreedOn, LocalDate nextReviewBy, List<Part> parts,
            @Nullable String whatYouSaid, List<Goal> goals) {
    }

    private final PathwayPlans plans;

    YourPathwayPlan(PathwayPlans plans) {
        this.plans = plans;
    }

    @Transactional(readOnly = true)
    public Optional<Plan> of(String childId) {
        var p = plans.current(childId);
        if (p == null) {
            return Optional.empty();
        }
        var parts = new ArrayList<Part>();
        add(parts, "What you need", p.needsAssessment());
        add(parts, "Where you live", p.accommodation());
        add(parts, "Education, training or work", p.eet());
        add(parts, "Your health", p.health());
        add(parts, "Money", p.finance());
        add(parts, "Family, friends and the people who matter to you", p.relationships());
        return Optional.of(new Plan(p.versionNo(), p.reviewedOn(), p.nextReviewDue(), List.copyOf(parts),
                p.youngPersonsView(), p.goals().stream().map(g -> new Goal(g.goal(), g.action(), g.byWhen())).toList()));
    }

    private static void add(List<Part> parts, String heading, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            parts.add(new Part(heading, text));
        }
    }
}
