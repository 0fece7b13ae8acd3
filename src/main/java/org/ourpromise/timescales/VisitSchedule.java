package org.ourpromise.timescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.timescales.Deadlines.Step;
import org.ourpromise.timescales.Deadlines.Window;

/**
 * Social worker visits (CPR 2010 reg 28 and reg 48; DOMAIN.md §3.2 rows 19–24 and the visit schedule
 * algorithm). Keyed on the placement: each new placement restarts the schedule with a visit within a
 * week, as does a care order made while the child lives with a parent (reg 28(5)). Each later visit
 * is due an interval after the last visit actually made; the interval depends on the arrangement on
 * the day of that visit, so a fact recorded after a visit (a temporary approval, full approval, the
 * child's agreement or its withdrawal) changes the interval from the next visit on, never the one
 * already running (a reading: UNCONFIRMED; docs/decisions/0007).
 *
 * <p>The arrangements read from recorded facts ({@link VisitFacts}), each only within the placement it
 * is dated in: a connected person's temporary approval (reg 24) gives weekly visits until the first
 * review and then 4-weekly, until the carer is fully approved or the placement ends (row 21); after
 * the first year of a long-term placement, the child's agreement gives 6-monthly visits until they
 * withdraw it (row 23). Short breaks (row 24) have their own chain per {@link ShortBreakArrangement}
 * once an interval has been agreed with the IRO and parents: visits at that interval, met only by a
 * visit on a day the child is placed, ending when the arrangement lapses.
 */
final class VisitSchedule {

    /** The reg 28 arrangement the child is in: from the episode, or from a recorded temporary approval. */
    enum Arrangement {
        /** reg 28(2). */
        STANDARD,
        /** reg 28(3): placed with a parent (P1) under a status other than a care order: read as "before assessment" (UNCONFIRMED). */
        WITH_PARENT,
        /** reg 28(4): interim care order (C1) and living with a parent. */
        ICO_WITH_PARENT,
        /** reg 28(4): placed with a connected person temporarily approved as a foster carer (reg 24). */
        TEMPORARY_APPROVAL,
        /** reg 28(5): full care order (C2) and living with a parent. */
        CARE_ORDER_WITH_PARENT;

        static Arrangement of(CareEpisode e) {
            if (!e.placement().equals("P1")) {
                return STANDARD;
            }
            return switch (e.legalStatus()) {
                case "C1" -> ICO_WITH_PARENT;
                case "C2" -> CARE_ORDER_WITH_PARENT;
                default -> WITH_PARENT;
            };
        }

        /** On {@code day} in the placement that started on {@code placementStart}: the episode, then recorded facts. */
        static Arrangement on(PeriodOfCare period, VisitFacts facts, LocalDate placementStart, LocalDate day) {
            var a = of(period.episodeOn(day));
            return a == STANDARD && facts.temporaryApproval(placementStart, day) ? TEMPORARY_APPROVAL : a;
        }
    }

    /** A stretch with one restart of the schedule: a placement, or a care order made during one. */
    private record Stretch(LocalDate start, @Nullable LocalDate end, LocalDate placementStart, boolean careOrder) {
    }

    private VisitSchedule() {
    }

    static void add(CareHistory history, Deadlines out) {
        for (var period : history.periods) {
            var reviews = history.reviewsOf(period);
            LocalDate firstReview = reviews.isEmpty() ? null : reviews.get(0).date();
            for (var s : stretches(period, out.settings)) {
                var first = new Step(s.careOrder() ? DeadlineRule.VISIT_CARE_ORDER_WITH_PARENT_FIRST_WEEK
                        : firstRule(Arrangement.on(period, history.visitFacts, s.placementStart(), s.start()), s.start(),
                                firstReview), s.start().plusWeeks(1));
                var until = s.end() == null ? null : s.end().minusDays(1);
                out.chain(s.careOrder() ? "care order made while living with a parent"
                                : s.start().equals(period.start()) ? "became looked after" : "placement started",
                        s.start(), first, history.visits, new Window(s.start(), until, s.end()),
                        (done, last) -> next(period, history, s.placementStart(), firstReview, last));
            }
        }
        shortBreaks(history, out);
    }

    /**
     * reg 48: one chain per short-break arrangement, from the first interval agreed for it (agreements
     * made after the previous arrangement lapsed and before the first break count from that break). Each
     * visit is due the interval in force on the day of the previous one; none is owed once it lapses.
     */
    private static void shortBreaks(CareHistory history, Deadlines out) {
        ShortBreakArrangement previous = null;
        for (var arrangement : history.shortBreaks) {
            var from = previous == null ? LocalDate.MIN : previous.end() == null ? arrangement.start() : previous.end();
            previous = arrangement;
            var agreed = history.visitFacts.shortBreakAgreements(from, arrangement.end());
            if (agreed.isEmpty()) {
                continue;
            }
            boolean beforeFirstBreak = agreed.get(0).date().isBefore(arrangement.start());
            var start = beforeFirstBreak ? arrangement.start() : agreed.get(0).date();
            var end = arrangement.end();
            out.chain(beforeFirstBreak ? "first short break" : "short-break visits agreed", start,
                    new Step(DeadlineRule.VISIT_SHORT_BREAK, start.plusWeeks(weeksOn(agreed, start))),
                    history.shortBreakVisits, new Window(start, end == null ? null : end.minusDays(1), end),
                    (done, last) -> new Step(DeadlineRule.VISIT_SHORT_BREAK, last.plusWeeks(weeksOn(agreed, last))));
        }
    }

    /** The interval of the latest agreement on or before {@code day} (the first, for a day before any). */
    private static int weeksOn(List<PlanEvent> agreed, LocalDate day) {
        var weeks = agreed.get(0).intervalWeeks();
        for (var p : agreed) {
            if (p.date().isAfter(day)) {
                break;
            }
            weeks = p.intervalWeeks();
        }
        return java.util.Objects.requireNonNull(weeks);
    }

    /**
     * Weekly visits run "until the first review" (reg 28(3), (4)): read as the first review of the
     * period of care, so a child placed with a parent after it gets the reg 28(2) week and then the
     * longer interval (UNCONFIRMED reading).
     */
    private static DeadlineRule firstRule(Arrangement a, LocalDate start, @Nullable LocalDate firstReview) {
        boolean beforeReview = firstReview == null || firstReview.isAfter(start);
        return switch (a) {
            case WITH_PARENT -> beforeReview ? DeadlineRule.VISIT_WITH_PARENT_WEEKLY : DeadlineRule.VISIT_FIRST_WEEK;
            case ICO_WITH_PARENT -> beforeReview ? DeadlineRule.VISIT_ICO_WITH_PARENT_WEEKLY : DeadlineRule.VISIT_FIRST_WEEK;
            case TEMPORARY_APPROVAL -> beforeReview ? DeadlineRule.VISIT_TEMPORARY_APPROVAL_WEEKLY : DeadlineRule.VISIT_FIRST_WEEK;
            default -> DeadlineRule.VISIT_FIRST_WEEK;
        };
    }

    private static Step next(PeriodOfCare period, CareHistory history, LocalDate placementStart,
            @Nullable LocalDate firstReview, LocalDate last) {
        var episode = period.episodeOn(last);
        var facts = history.visitFacts;
        boolean afterReview = firstReview != null && !firstReview.isAfter(last);
        return switch (Arrangement.on(period, facts, placementStart, last)) {
            case WITH_PARENT -> afterReview ? new Step(DeadlineRule.VISIT_WITH_PARENT, last.plusWeeks(6))
                    : new Step(DeadlineRule.VISIT_WITH_PARENT_WEEKLY, last.plusWeeks(1));
            case ICO_WITH_PARENT -> afterReview ? new Step(DeadlineRule.VISIT_ICO_WITH_PARENT, last.plusWeeks(4))
                    : new Step(DeadlineRule.VISIT_ICO_WITH_PARENT_WEEKLY, last.plusWeeks(1));
            case TEMPORARY_APPROVAL -> afterReview ? new Step(DeadlineRule.VISIT_TEMPORARY_APPROVAL, last.plusWeeks(4))
                    : new Step(DeadlineRule.VISIT_TEMPORARY_APPROVAL_WEEKLY, last.plusWeeks(1));
            case CARE_ORDER_WITH_PARENT -> new Step(DeadlineRule.VISIT_CARE_ORDER_WITH_PARENT, last.plusWeeks(6));
            case STANDARD -> {
                if (last.isBefore(placementStart.plusYears(1))) {
                    yield new Step(DeadlineRule.VISIT_FIRST_YEAR, last.plusWeeks(6));
                }
                if (!facts.longTerm(episode, placementStart, last)) {
                    yield new Step(DeadlineRule.VISIT_AFTER_FIRST_YEAR, last.plusWeeks(6));
                }
                yield facts.childAgreed(placementStart, last)
                        ? new Step(DeadlineRule.VISIT_LONG_TERM_CHILD_AGREED, last.plusMonths(6))
                        : new Step(DeadlineRule.VISIT_LONG_TERM, last.plusMonths(3));
            }
        };
    }

    private static List<Stretch> stretches(PeriodOfCare period, TimescaleSettings settings) {
        var result = new ArrayList<Stretch>();
        var placements = PlanRules.placements(period, settings);
        for (var p : placements) {
            LocalDate start = p.start();
            boolean careOrder = false;
            for (var e : period.episodes()) {
                boolean inside = e.started().isAfter(p.start()) && (p.end() == null || e.started().isBefore(p.end()));
                if (inside && Arrangement.of(e) == Arrangement.CARE_ORDER_WITH_PARENT
                        && Arrangement.of(period.episodeOn(e.started().minusDays(1))) != Arrangement.CARE_ORDER_WITH_PARENT) {
                    result.add(new Stretch(start, e.started(), p.start(), careOrder));
                    start = e.started();
                    careOrder = true;
                }
            }
            result.add(new Stretch(start, p.end(), p.start(), careOrder));
        }
        return result;
    }
}
