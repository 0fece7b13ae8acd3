package org.ourpromise.timescales;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.timescales.Deadlines.Step;
import org.ourpromise.timescales.Deadlines.Window;

/**
 * Reviews of arrangements (CPR 2010 reg 33; reg 48 for short breaks) and the IRO's local targets for
 * sending out decisions and the record (DOMAIN.md §3.2 rows 4–6, 11, 12, 25), and the IRO's midway check
 * between reviews (local practice, {@link TimescaleSettings#iroMidwayChecks()}).
 */
final class ReviewRules {

    private ReviewRules() {
    }

    static void add(CareHistory history, Deadlines out) {
        for (var period : history.periods) {
            var schedule = ReviewSchedule.forPeriodOfCare(period.start(), out.calendar);
            var reviews = history.reviewsOf(period);
            // A review belongs to its chain even if dated after care ended (MEASURES.md §8), but a
            // missed review is owed only if it fell due while the child was looked after.
            out.chain("became looked after", period.start(), new Step(DeadlineRule.REVIEW_FIRST, schedule.firstDue()),
                    evidence(reviews), new Window(period.start(), null, period.end()),
                    (done, last) -> new Step(done == 1 ? DeadlineRule.REVIEW_SECOND : DeadlineRule.REVIEW_SUBSEQUENT,
                            schedule.dueAfter(done, last)));
            iroTargets(reviews, out);
            if (out.settings.iroMidwayChecks()) {
                midwayChecks(period, schedule, reviews, history.plans(PlanEvent.Kind.IRO_MIDWAY_CHECK), out);
            }
            if (out.settings.iroUnplannedMoveReviews()) {
                unplannedMoveReviews(period, reviews, out);
            }
        }
        for (var arrangement : history.shortBreaks) {
            var schedule = ReviewSchedule.forShortBreaks(arrangement.start(), out.settings);
            var reviews = history.reviewsOf(arrangement);
            out.chain("first short break", arrangement.start(),
                    new Step(DeadlineRule.SHORT_BREAK_REVIEW_FIRST, schedule.firstDue()), evidence(reviews),
                    new Window(arrangement.start(), null, arrangement.end()),
                    (done, last) -> new Step(DeadlineRule.SHORT_BREAK_REVIEW_SUBSEQUENT, schedule.dueAfter(done, last)));
            iroTargets(reviews, out);
        }
    }

    private static void iroTargets(List<ReviewHeld> reviews, Deadlines out) {
        var s = out.settings;
        for (var r : reviews) {
            out.once("review held", r.date(),
                    new Step(DeadlineRule.IRO_DECISIONS, out.workingDays(r.date(), s.iroDecisionsWorkingDays())),
                    r.decisionsIssued(), "IRO decisions sent");
            out.once("review held", r.date(),
                    new Step(DeadlineRule.IRO_RECORD, out.workingDays(r.date(), s.reviewRecordWorkingDays())),
                    r.recordIssued(), "review record sent");
        }
    }

    /**
     * Local practice: halfway (in calendar days, rounded down) from each review to the next one due, the IRO
     * checks the plan. A check made after the review and before the next one meets it; it is owed only if it
     * fell due before the next review was held and while the child was looked after.
     */
    private static void midwayChecks(PeriodOfCare period, ReviewSchedule schedule, List<ReviewHeld> reviews,
            List<Evidence> checks, Deadlines out) {
        for (int i = 0; i < reviews.size(); i++) {
            var held = reviews.get(i).date();
            var nextDue = schedule.dueAfter(i + 1, held);
            var midway = held.plusDays(ChronoUnit.DAYS.between(held, nextDue) / 2);
            var nextHeld = i + 1 < reviews.size() ? reviews.get(i + 1).date() : null;
            var end = nextHeld == null ? period.end()
                    : period.end() == null || nextHeld.isBefore(period.end()) ? nextHeld : period.end();
            out.once("review held", held, new Step(DeadlineRule.IRO_MIDWAY_CHECK, midway), checks,
                    new Window(held.plusDays(1), end == null ? null : end.minusDays(1), end));
        }
    }

    /**
     * Local practice (decision 0035): a review within 28 calendar days of an unplanned move, that is a new placement
     * (RNE P or B) after one that ended for a reason the child or carer did not plan for (REASON_PLACE_CHANGE ALLEG,
     * STAND, APPRR, CREQB, CREQO, CHILD or CUSTOD). Any review from the day of the move meets it; it is owed only while
     * the child is looked after.
     */
    private static void unplannedMoveReviews(PeriodOfCare period, List<ReviewHeld> reviews, Deadlines out) {
        var episodes = period.episodes();
        for (int i = 1; i < episodes.size(); i++) {
            var before = episodes.get(i - 1);
            var move = episodes.get(i);
            if (UNPLANNED.contains(String.valueOf(before.reasonPlacementChange()))
                    && (move.reasonNewEpisode().equals("P") || move.reasonNewEpisode().equals("B"))) {
                out.once("unplanned move", move.started(),
                        new Step(DeadlineRule.IRO_UNPLANNED_MOVE_REVIEW, move.started().plusDays(28)), evidence(reviews),
                        Window.closing(move.started(), period.end()));
            }
        }
    }

    /** Reasons a placement ended that nobody planned (DOMAIN.md §1.4.9); CARPL, CLOSE, LAREQ, PLACE and OTHER are not. */
    static final java.util.Set<String> UNPLANNED = java.util.Set.of("ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD",
            "CUSTOD");

    private static List<Evidence> evidence(List<ReviewHeld> reviews) {
        return reviews.stream().map(r -> new Evidence(r.date(), "review held")).toList();
    }
}
