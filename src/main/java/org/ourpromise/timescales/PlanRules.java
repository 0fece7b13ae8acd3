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
 * The care plan (reg 4), the permanence plan (by the second review) and placement notifications
 * (reg 13): DOMAIN.md §3.2 rows 1, 2, 9.
 */
final class PlanRules {

    private PlanRules() {
    }

    /** A placement for reg 13 and reg 28: from its first episode to the next placement (or care ending). */
    record Placement(LocalDate start, @Nullable LocalDate end, CareEpisode first) {
    }

    static void add(CareHistory history, Deadlines out) {
        for (var period : history.periods) {
            var from = period.startUpEvidenceFrom();
            out.once("became looked after", period.start(),
                    new Step(DeadlineRule.CARE_PLAN, out.workingDays(period.start(), out.settings.carePlanWorkingDays())),
                    history.plans(PlanEvent.Kind.CARE_PLAN), Window.closing(from, period.end()));
            // "By the second review": the latest date a second review can fall if the first is on time,
            // fixed at the start so that an early first review never moves this deadline (UNCONFIRMED).
            var secondReview = ReviewSchedule.forPeriodOfCare(period.start(), out.calendar).firstDue().plusMonths(3);
            out.once("became looked after", period.start(), new Step(DeadlineRule.PERMANENCE_PLAN, secondReview),
                    history.plans(PlanEvent.Kind.PERMANENCE_PLAN), Window.closing(from, period.end()));
            var placements = placements(period, out.settings);
            for (int i = 0; i < placements.size(); i++) {
                var p = placements.get(i);
                // Notifications are not tied to a placement on the record: each placement owns those dated
                // from its start until the next one starts (the first also those made before care began).
                var evidenceFrom = i == 0 ? from : p.start();
                var until = p.end() == null ? null : p.end().minusDays(1);
                out.once(i == 0 ? "became looked after" : "placement started", p.start(),
                        new Step(DeadlineRule.PLACEMENT_NOTIFICATION,
                                out.workingDays(p.start(), out.settings.placementNotificationWorkingDays())),
                        history.plans(PlanEvent.Kind.PLACEMENT_NOTIFICATION), new Window(evidenceFrom, until, p.end()));
            }
        }
    }

    /**
     * The placements of a period: a new one at the period's start and at every episode with RNE P or B
     * (new carer), and T or U (same carer, new placement) when the settings say so (§3.2: UNCONFIRMED).
     */
    static List<Placement> placements(PeriodOfCare period, TimescaleSettings settings) {
        var starts = new ArrayList<CareEpisode>();
        for (var e : period.episodes()) {
            if (starts.isEmpty() || startsPlacement(e.reasonNewEpisode(), settings)) {
                starts.add(e);
            }
        }
        var result = new ArrayList<Placement>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            var end = i + 1 < starts.size() ? starts.get(i + 1).started() : period.end();
            result.add(new Placement(starts.get(i).started(), end, starts.get(i)));
        }
        return result;
    }

    static boolean startsPlacement(String rne, TimescaleSettings settings) {
        return switch (rne) {
            case "S", "P", "B" -> true;
            case "T", "U" -> settings.sameCarerMovesRestartVisits();
            default -> false;
        };
    }
}
