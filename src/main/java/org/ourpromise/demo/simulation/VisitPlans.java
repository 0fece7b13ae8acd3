package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.PlanEvent.Kind;

/**
 * The facts that change how often a child is visited (DOMAIN.md §3.2 rows 21 and 23), and whether one is
 * in force on a day. Many placements with relatives and friends begin in a hurry, with the carer
 * temporarily approved under reg 24; most are approved as foster carers within the 16 weeks reg 25
 * allows, some after its 8-week extension, a few never (the placement ends first). Some older children
 * in long-term placements agree after the first year to be visited 6-monthly; a few later withdraw.
 * The shares are modelling assumptions, not published figures.
 */
final class VisitPlans {

    private VisitPlans() {
    }

    /**
     * The start of a placement as the deadline engine reads it for reg 28 (RNE S, P or B; a move to the
     * same carer, T or U, continues it). A temporary move (T0–T4) is one too, so a fact does not outlive it.
     */
    static boolean newPlacement(CareEpisode e) {
        return "SPB".contains(e.reasonNewEpisode());
    }

    static boolean kinship(CareEpisode e) {
        return e.placement().equals("U1") || e.placement().equals("U2") || e.placement().equals("U3");
    }

    static boolean longTerm(CareEpisode e) {
        return e.placement().equals("U1") || e.placement().equals("U4");
    }

    /** The facts of one period of care's placements, known at {@code asAt}. */
    static void period(Chance chance, LocalDate dob, List<CareEpisode> episodes, LocalDate end, LocalDate asAt,
            List<PlanEvent> out) {
        for (int i = 0; i < episodes.size(); i++) {
            var e = episodes.get(i);
            if (!newPlacement(e)) {
                continue;
            }
            LocalDate placementEnd = end;
            for (int j = i + 1; j < episodes.size(); j++) {
                if (newPlacement(episodes.get(j))) {
                    placementEnd = episodes.get(j).started();
                    break;
                }
            }
            boolean backFromTemporaryMove = i > 0 && episodes.get(i - 1).placement().startsWith("T");
            if (kinship(e) && !backFromTemporaryMove && chance.percent(0.6)) {
                add(out, Kind.CONNECTED_PERSON_TEMPORARY_APPROVAL, e.started(), placementEnd, asAt);
                if (chance.percent(0.95)) {
                    int days = chance.percent(0.88) ? chance.between(60, 112) : chance.between(113, 168);
                    add(out, Kind.CONNECTED_PERSON_APPROVED, Days.plus(e.started(), days), placementEnd, asAt);
                }
            }
            LocalDate anniversary = e.started().plusYears(1);
            if (longTerm(e) && OutlineSimulator.age(dob, anniversary) >= 12 && chance.percent(0.25)) {
                LocalDate agreed = Days.plus(anniversary, chance.between(-30, 180));
                add(out, Kind.CHILD_AGREED_SIX_MONTHLY_VISITS, agreed, placementEnd, asAt);
                if (chance.percent(0.1)) {
                    add(out, Kind.CHILD_AGREEMENT_WITHDRAWN, Days.plus(agreed, chance.between(60, 500)), placementEnd, asAt);
                }
            }
        }
    }

    private static void add(List<PlanEvent> out, Kind kind, LocalDate date, LocalDate placementEnd, LocalDate asAt) {
        if (date.isBefore(placementEnd) && !date.isAfter(asAt)) {
            out.add(new PlanEvent(kind, date));
        }
    }

    /**
     * Whether a fact of kind {@code starts} is in force on {@code day}: given on or before it, not ended
     * since by {@code ends} or by a new placement (facts belong to their placement).
     */
    static boolean inForce(List<PlanEvent> facts, Kind starts, Kind ends, List<CareEpisode> episodes, LocalDate day) {
        LocalDate from = null;
        for (var f : facts) {
            if (!f.date().isAfter(day)) {
                if (f.kind() == starts) {
                    from = f.date();
                } else if (f.kind() == ends && from != null) {
                    from = null;
                }
            }
        }
        if (from == null) {
            return false;
        }
        for (var e : episodes) {
            if (newPlacement(e) && e.started().isAfter(from) && !e.started().isAfter(day)) {
                return false;
            }
        }
        return true;
    }
}
