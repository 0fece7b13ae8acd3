package org.ourpromise.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.ourpromise.iro.AlertKind;
import org.ourpromise.iro.EscalationStage;
import org.ourpromise.iro.NewAlert;
import org.ourpromise.iro.QaAlerts;
import org.ourpromise.iro.ReviewChecks;
import org.ourpromise.iro.ReviewOutcomes;
import org.ourpromise.iro.StageOutcome;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.timescales.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * The demo council's IRO service over the last two years: after some reviews the child's IRO raises an alert
 * (about a third for good practice, as in the seed council), addressed to the child's social worker then. Most
 * concerns are answered and accepted; some are escalated, and a few climb the ladder to the Challenge meeting.
 * Anything that would happen after today has not happened yet. Its own random stream, so other demo data is
 * unchanged.
 */
@Component
class DemoIroService {

    private static final double ALERT_AFTER_REVIEW = 0.12;
    private static final int[] GOOD_PRACTICE = {1, 2, 3};
    private static final int[] CONCERN = {4, 5, 6, 7, 8, 9, 10};
    private static final String[] SEEN = {
        "The social work report for the review was clear, written to the child and on time",
        "The care plan has not been updated since the last review",
        "Statutory visits have not been made within the timescale",
        "The child's placement does not meet their assessed needs",
        "Life story work agreed at the last review has not started",
        "The child's cultural and religious needs are not reflected in the plan",
        "The permanence plan was not ready for the second review"};
    private static final String[] OWNERS = {"Team manager", "Team manager", "Service manager",
        "Safeguarding managers", "Service Manager for Safeguarding, Assistant Director and ADM"};

    private final QaAlerts alerts;
    private final DemoReviewOutcomes reviewOutcomes;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    private final org.ourpromise.staff.StaffDirectory staff;

    DemoIroService(QaAlerts alerts, ReviewOutcomes outcomes, ReviewChecks checks,
            org.ourpromise.staff.StaffDirectory staff) {
        this.staff = staff;
        this.alerts = alerts;
        this.reviewOutcomes = new DemoReviewOutcomes(outcomes, checks);
    }

    /** Raises the demo alerts, oldest first; the demo IRO account raises its own worker's. */
    void add(List<ChildRecord> council, LocalDate today, long seed, String iroWorkerId) {
        var random = new Random(seed ^ 0x1A0A1E27L);
        record Planned(ChildRecord child, ReviewHeld review) {
        }
        var planned = new ArrayList<Planned>();
        for (var child : council) {
            for (var review : child.reviews()) {
                if (review.date().isAfter(today.minusYears(2)) && random.nextDouble() < ALERT_AFTER_REVIEW) {
                    planned.add(new Planned(child, review));
                }
            }
        }
        planned.sort(Comparator.comparing((Planned p) -> p.review().date()).thenComparing(p -> p.child().childId()));
        var names = staff.names();
        for (var p : planned) {
            var raised = p.review().date().plusDays(random.nextInt(6));
            var iro = allocated(p.child(), Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, raised);
            var worker = allocated(p.child(), Allocation.Role.SOCIAL_WORKER, raised);
            if (raised.isAfter(today) || iro.isEmpty() || worker.isEmpty()) {
                continue;
            }
            boolean own = iro.get().workerId().equals(iroWorkerId);
            String username = own ? "iro" : iro.get().workerId();
            // the raiser's name as the staff directory has it, as the alerts of a real IRO would carry it
            String name = own ? "Helen Moore" : names.of(iro.get().workerId());
            raise(p.child().childId(), raised, worker.get(), username, name, today, random);
        }
        reviewOutcomes.add(council, today, seed);
    }

    private void raise(String childId, LocalDate raised, Allocation worker, String username, String name,
            LocalDate today, Random random) {
        var kind = random.nextDouble() < 0.3 ? AlertKind.GOOD_PRACTICE : AlertKind.CONCERN;
        int[] categories = kind == AlertKind.GOOD_PRACTICE ? GOOD_PRACTICE : CONCERN;
        int category = categories[random.nextInt(categories.length)];
        String seen = kind == AlertKind.GOOD_PRACTICE ? SEEN[0] : SEEN[1 + random.nextInt(SEEN.length - 1)];
        var due = kind == AlertKind.CONCERN ? alerts.defaultResponseDue(raised) : null;
        long id = alerts.raise(new NewAlert(childId, kind, random.nextDouble() < 0.85, category, worker.team(),
                worker.workerId(), seen, kind == AlertKind.CONCERN ? "Put this right and tell me what you have done" : null,
                raised, due), username, name);
        if (kind == AlertKind.CONCERN) {
            answer(id, raised, due, username, today, random);
        }
    }

    private void answer(long id, LocalDate raised, LocalDate due, String username, LocalDate today, Random random) {
        LocalDate responded = random.nextDouble() < 0.8 ? by(raised, 2 + random.nextInt(13), today) : null;
        if (responded != null) {
            alerts.respond(id, version(id), "We have looked at this and acted on it", responded, "team.manager");
            var next = by(responded, 1 + random.nextInt(5), today);
            if (next != null && random.nextDouble() < 0.8) {
                alerts.accept(id, version(id), null, next, username);
                return;
            }
            if (next != null) {
                climb(id, next, username, today, random);
            }
            return;
        }
        var late = by(due, 1 + random.nextInt(5), today);
        if (late != null && random.nextDouble() < 0.6) {
            climb(id, late, username, today, random);
        }
    }

    /** Up the ladder from informal (or stage 1), a stage at a time, sometimes skipping one. */
    private void climb(long id, LocalDate from, String username, LocalDate today, Random random) {
        var stage = random.nextDouble() < 0.7 ? EscalationStage.INFORMAL : EscalationStage.STAGE_1;
        var on = from;
        while (true) {
            alerts.escalate(id, version(id), stage, OWNERS[stage.ordinal()], "Not resolved at the previous step", on,
                    username);
            if (stage == EscalationStage.CHALLENGE && random.nextDouble() < 0.15) {
                alerts.referToCafcass(id, version(id), on, null, username);
            }
            // the meetings sit monthly, so their stages take longer; a recent stage past its date may still be unanswered
            int days = stage.ordinal() >= EscalationStage.PRE_CHALLENGE.ordinal() ? 10 + random.nextInt(21) : 5 + random.nextInt(21);
            var ended = by(on, days, today);
            if (ended == null || on.isAfter(today.minusDays(60)) && random.nextDouble() < 0.25) {
                return;
            }
            double r = random.nextDouble();
            if (stage == EscalationStage.CHALLENGE || r < 0.55) {
                alerts.endStage(id, version(id), r < 0.9 ? StageOutcome.RESOLVED : StageOutcome.WITHDRAWN,
                        "Agreed what will be done and by when", ended, username);
                return;
            }
            if (r < 0.62) {
                alerts.endStage(id, version(id), StageOutcome.WITHDRAWN, "The IRO withdrew the concern", ended, username);
                return;
            }
            int skip = random.nextDouble() < 0.15 ? 2 : 1;
            stage = EscalationStage.values()[Math.min(stage.ordinal() + skip, EscalationStage.CHALLENGE.ordinal())];
            on = ended;
        }
    }

    private int version(long id) {
        return alerts.find(id).orElseThrow().version();
    }

    private @Nullable LocalDate by(LocalDate from, int workingDays, LocalDate today) {
        var d = calendar.addWorkingDays(from, workingDays);
        return d.isAfter(today) ? null : d;
    }

    private static Optional<Allocation> allocated(ChildRecord child, Allocation.Role role, LocalDate day) {
        return child.allocations().stream().filter(a -> a.role() == role && a.isCurrentOn(day)).findFirst();
    }
}
