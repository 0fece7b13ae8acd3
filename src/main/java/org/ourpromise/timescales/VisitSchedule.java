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
 * Social worker visits (CPR 2010 reg 28; DOMAIN.md §3.2 rows 19–22 and the visit schedule
 * algorithm). Keyed on the placement: each new placement restarts the schedule with a visit within a
 * week, as does a care order made while the child lives with a parent (reg 28(5)). Each later visit
 * is due an interval after the last visit actually made; the interval depends on the arrangement on
 * the day of that visit. Not computed, because the record cannot tell them apart: reg 24 temporary
 * approval of a connected person (row 21), the 6-monthly long-term foster interval that needs the
 * child's agreement (row 23), and short-break intervals agreed with the IRO (row 24).
 */
final class VisitSchedule {

    /** The reg 28 arrangement an episode puts the child in. */
    enum Arrangement {
        /** reg 28(2). */
        STANDARD,
        /** reg 28(3): placed with a parent (P1) under a status other than a care order: read as "before assessment" (UNCONFIRMED). */
        WITH_PARENT,
        /** reg 28(4): interim care order (C1) and living with a parent. */
        ICO_WITH_PARENT,
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
                        : firstRule(Arrangement.of(period.episodeOn(s.start())), s.start(), firstReview), s.start().plusWeeks(1));
                var until = s.end() == null ? null : s.end().minusDays(1);
                out.chain(s.careOrder() ? "care order made while living with a parent"
                                : s.start().equals(period.start()) ? "became looked after" : "placement started",
                        s.start(), first, history.visits, new Window(s.start(), until, s.end()),
                        (done, last) -> next(period, history, s.placementStart(), firstReview, last));
            }
        }
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
            default -> DeadlineRule.VISIT_FIRST_WEEK;
        };
    }

    private static Step next(PeriodOfCare period, CareHistory history, LocalDate placementStart,
            @Nullable LocalDate firstReview, LocalDate last) {
        var episode = period.episodeOn(last);
        boolean afterReview = firstReview != null && !firstReview.isAfter(last);
        return switch (Arrangement.of(episode)) {
            case WITH_PARENT -> afterReview ? new Step(DeadlineRule.VISIT_WITH_PARENT, last.plusWeeks(6))
                    : new Step(DeadlineRule.VISIT_WITH_PARENT_WEEKLY, last.plusWeeks(1));
            case ICO_WITH_PARENT -> afterReview ? new Step(DeadlineRule.VISIT_ICO_WITH_PARENT, last.plusWeeks(4))
                    : new Step(DeadlineRule.VISIT_ICO_WITH_PARENT_WEEKLY, last.plusWeeks(1));
            case CARE_ORDER_WITH_PARENT -> new Step(DeadlineRule.VISIT_CARE_ORDER_WITH_PARENT, last.plusWeeks(6));
            case STANDARD -> {
                if (last.isBefore(placementStart.plusYears(1))) {
                    yield new Step(DeadlineRule.VISIT_FIRST_YEAR, last.plusWeeks(6));
                }
                yield longTerm(episode, history, placementStart, last)
                        ? new Step(DeadlineRule.VISIT_LONG_TERM, last.plusMonths(3))
                        : new Step(DeadlineRule.VISIT_AFTER_FIRST_YEAR, last.plusWeeks(6));
            }
        };
    }

    /**
     * Intended to last until 18 (reg 28(2)(b)(i)): a long-term foster placement code (U1, U4) or the care
     * plan naming this placement as long-term on or before the visit (DOMAIN.md §3.2).
     */
    private static boolean longTerm(CareEpisode episode, CareHistory history, LocalDate placementStart, LocalDate last) {
        if (episode.placement().equals("U1") || episode.placement().equals("U4")) {
            return true;
        }
        for (var agreed : history.plans(PlanEvent.Kind.LONG_TERM_PLACEMENT_AGREED)) {
            if (!agreed.date().isBefore(placementStart) && !agreed.date().isAfter(last)) {
                return true;
            }
        }
        return false;
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
