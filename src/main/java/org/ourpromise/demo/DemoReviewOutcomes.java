package org.ourpromise.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.ourpromise.iro.ReviewChecks;
import org.ourpromise.iro.ReviewOutcome;
import org.ourpromise.iro.ReviewOutcomes;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ReviewHeld;

/**
 * What the demo council's reviews of the last two years decided: how the child wanted each held, who came, the
 * IRO's decisions and one to three actions, each owned by the child's social worker or a role. Actions due before
 * today are mostly done in time, some late, a few dropped and some still open past their date; the IRO's midway
 * check, halfway to the next review, finds each action on track or not. Its own random stream.
 */
final class DemoReviewOutcomes {

    private static final double COMPLETED = 0.6;
    private static final String[] ACTIONS = {
        "Update the care plan with the decisions of this review",
        "Complete the health assessment and share it with the carers",
        "Hold a PEP meeting and agree the targets for this term",
        "Start life story work with the child",
        "Arrange family time as the child asked",
        "Refer the child to an independent advocate",
        "Complete the permanence assessment for the next review",
        "Visit the child in placement within the statutory timescale"};
    private static final String[] ROLES = {"Foster carer", "Team manager", "Virtual School", "Supervising social worker"};
    private static final String[] ATTENDED = {"The child, foster carer, social worker and IRO",
        "Foster carer, social worker, IRO and designated teacher", "The child, parent, social worker and IRO",
        "Residential key worker, social worker, IRO and the child's advocate"};
    private static final String[] DECISIONS = {"The child remains in their current placement; the care plan is endorsed.",
        "The plan for permanence is long-term fostering with the current carers.",
        "The care plan is endorsed with the actions below; the IRO will check progress at the midway point.",
        "The child's wish for more family time is to be met; contact to be reviewed in three months."};

    private final ReviewOutcomes outcomes;
    private final ReviewChecks checks;

    DemoReviewOutcomes(ReviewOutcomes outcomes, ReviewChecks checks) {
        this.outcomes = outcomes;
        this.checks = checks;
    }

    void add(List<ChildRecord> council, LocalDate today, long seed) {
        var random = new Random(seed ^ 0x0A7C10E5L);
        for (var child : council) {
            var reviews = child.reviews().stream().sorted(Comparator.comparing(ReviewHeld::date)).toList();
            for (int i = 0; i < reviews.size(); i++) {
                var review = reviews.get(i);
                if (review.date().isAfter(today.minusYears(2)) && random.nextDouble() < COMPLETED) {
                    var next = i + 1 < reviews.size() ? reviews.get(i + 1).date() : review.date().plusMonths(6);
                    complete(child, review.date(), next, today, random);
                }
            }
        }
    }

    private void complete(ChildRecord child, LocalDate review, LocalDate next, LocalDate today, Random random) {
        var held = ReviewOutcome.HeldHow.values()[random.nextInt(ReviewOutcome.HeldHow.values().length)];
        double c = random.nextDouble();
        var chaired = c < 0.08 ? ReviewOutcome.ChildChaired.CHAIRED : c < 0.2 ? ReviewOutcome.ChildChaired.CO_CHAIRED
                : ReviewOutcome.ChildChaired.NO;
        outcomes.save(new ReviewOutcome(child.childId(), review, held, chaired, ATTENDED[random.nextInt(ATTENDED.length)],
                DECISIONS[random.nextInt(DECISIONS.length)], 0), "iro");
        var worker = allocated(child, review);
        var onTrack = new LinkedHashMap<Long, Boolean>();
        var midway = review.plusDays(Math.max(14, java.time.temporal.ChronoUnit.DAYS.between(review, next) / 2));
        int n = 1 + random.nextInt(3);
        for (int k = 0; k < n; k++) {
            var due = review.plusDays(10 + random.nextInt(60));
            boolean toWorker = worker.isPresent() && random.nextDouble() < 0.6;
            long id = outcomes.addAction(child.childId(), review, ACTIONS[random.nextInt(ACTIONS.length)],
                    toWorker ? worker.get() : null, toWorker ? null : ROLES[random.nextInt(ROLES.length)], due, "iro");
            // at the midway check: on track if done by its date, dropped by agreement, or not yet due
            var closedOn = close(id, due, today, random);
            onTrack.put(id, closedOn.map(d -> !d.isAfter(due)).orElse(!due.isBefore(midway)));
        }
        if (!midway.isAfter(today) && random.nextDouble() < 0.85) {
            checks.recordMidway(child.childId(), review, random.nextDouble() < 0.1, null, onTrack, "iro", midway);
        }
    }

    /**
     * Closes an action as it went: done in time, done late, dropped (returned as its due date: not held against the
     * plan), or still open (empty).
     */
    private Optional<LocalDate> close(long id, LocalDate due, LocalDate today, Random random) {
        double r = random.nextDouble();
        LocalDate on;
        boolean dropped = false;
        if (r < 0.65) {
            on = due.minusDays(random.nextInt(10));
        } else if (r < 0.82) {
            on = due.plusDays(1 + random.nextInt(30));
        } else if (r < 0.88) {
            on = due.minusDays(random.nextInt(20));
            dropped = true;
        } else {
            return Optional.empty();
        }
        if (on.isAfter(today)) {
            return Optional.empty();
        }
        outcomes.close(id, 0, dropped, on, "iro");
        return Optional.of(dropped ? due : on);
    }

    private static Optional<String> allocated(ChildRecord child, LocalDate day) {
        return child.allocations().stream().filter(a -> a.role() == Allocation.Role.SOCIAL_WORKER && a.isCurrentOn(day))
                .map(Allocation::workerId).findFirst();
    }
}
