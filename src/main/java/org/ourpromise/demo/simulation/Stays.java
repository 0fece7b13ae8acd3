package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ourpromise.demo.simulation.EpisodeChain.Stay;
import org.ourpromise.demo.simulation.Placement.Placements;

/**
 * The placements of one period of care: a first placement, moves at a rate that rises with age
 * (most children have one placement a year, about one in ten three or more, DOMAIN.md §2.4),
 * short-term foster placements becoming long-term with the same carer, the adoptive placement,
 * placement with parents before a care order is discharged, the last placement an ending needs
 * (E17 and SGOs to former foster carers end in foster care), and temporary placements (T0–T4)
 * always followed by a return to the same placement (V903 rule 383).
 */
final class Stays {

    /**
     * Chance that a move under a care order is home to parents: about 6% of children looked after
     * at 31 March are placed with parents in England (EES 2023–24, all but a few on care orders).
     */
    private static final double PLACED_WITH_PARENTS = 0.16;

    private Stays() {
    }

    static List<Stay> plan(Chance chance, ChildOutline child, PeriodOutline period, LocalDate end) {
        var stays = new ArrayList<Stay>();
        LocalDate start = period.started();
        stays.add(new Stay(start, Placements.choose(chance, age(child, start), period.route(), legalAt(period, start),
                start, child.uasc()), false, null));
        LocalDate last = period.adoption() != null && period.adoption().placed() != null
                && period.adoption().placed().isBefore(end) ? period.adoption().placed() : end;
        moves(chance, child, period, stays, last);
        if (last != end) {
            adoptivePlacement(chance, period, stays, last);
        }
        ending(chance, period, stays, end);
        registration(chance, stays, end);
        temporaryPlacements(chance, stays, end);
        return stays;
    }

    private static void moves(Chance chance, ChildOutline child, PeriodOutline period, List<Stay> stays, LocalDate until) {
        LocalDate t = period.started();
        boolean emergency = chance.percent(0.25);
        while (true) {
            int age = age(child, t);
            double mean = age < 5 ? 1000 : age < 12 ? 800 : age < 16 ? 480 : 420;
            t = t.plusDays(emergency ? chance.between(7, 60) : chance.exponentialDays(mean));
            emergency = false;
            if (!t.isBefore(until.minusDays(1))) {
                return;
            }
            var current = stays.get(stays.size() - 1);
            String legal = legalAt(period, t);
            if (period.route() == Route.LONG_TERM && current.placement().isFoster()
                    && (current.placement().type().equals("U6") || current.placement().type().equals("U3"))
                    && EpisodeChain.days(current.from(), t) > 300 && chance.percent(0.5)) {
                // Short-term foster placement confirmed as long-term with the same carer.
                String longTerm = current.placement().type().equals("U3") ? "U1" : "U4";
                stays.add(new Stay(t, current.placement().as(chance, longTerm), true, "CARPL"));
                continue;
            }
            if (legal.startsWith("C") && period.route() != Route.ADOPTION && !current.placement().type().equals("P1")
                    && chance.percent(PLACED_WITH_PARENTS)) {
                // Placed with parents while the care order lasts (Care Planning Regulations reg 19).
                stays.add(new Stay(t, Placements.of(chance, "P1"), false, "CARPL"));
                continue;
            }
            var next = Placements.choose(chance, age(child, t), period.route(), legal, t, child.uasc());
            stays.add(new Stay(t, next, false, moveReason(chance, age)));
        }
    }

    /** Reasons for a move by age: the child's own wish counts from 10, custody from 12. */
    private static final WeightedCodes MOVE_UNDER_10 = moveReasons(1, 0);
    private static final WeightedCodes MOVE_10_AND_11 = moveReasons(9, 0);
    private static final WeightedCodes MOVE_12_AND_OVER = moveReasons(9, 1);

    private static WeightedCodes moveReasons(int child, int custody) {
        return WeightedCodes.of("CARPL", 38, "CLOSE", 3, "ALLEG", 3, "STAND", 2, "APPRR", 1, "CREQB", 16, "CREQO", 9,
                "CHILD", child, "LAREQ", 14, "OTHER", 3, "CUSTOD", custody);
    }

    private static String moveReason(Chance chance, int age) {
        return chance.pick(age >= 12 ? MOVE_12_AND_OVER : age >= 10 ? MOVE_10_AND_11 : MOVE_UNDER_10);
    }

    /**
     * Placed for adoption: with the current foster carer (A3/A5, RNE T: fostering for adoption) or
     * with new adopters (A4/A6, RNE P) after a foster placement (V903 rules 217, 336).
     */
    private static void adoptivePlacement(Chance chance, PeriodOutline period, List<Stay> stays, LocalDate placed) {
        var plan = period.adoption();
        int lastIndex = stays.size() - 1;
        var before = stays.get(lastIndex);
        if (!before.placement().isFoster()) {
            var foster = Placements.of(chance, "U6");
            if (before.from().isBefore(placed.minusDays(30))) {
                stays.add(new Stay(placed.minusDays(chance.between(20, 29)), foster, false, "CARPL"));
            } else {
                stays.set(lastIndex, new Stay(before.from(), foster, before.sameCarer(), before.reason()));
            }
            before = stays.get(stays.size() - 1);
        }
        if (plan.withCurrentFosterCarer()) {
            String ffa = before.placement().type().compareTo("U4") < 0 ? "U2" : "U5";
            stays.set(stays.size() - 1, new Stay(before.from(), before.placement().as(chance, ffa), before.sameCarer(),
                    before.reason()));
            stays.add(new Stay(placed, stays.get(stays.size() - 1).placement().as(chance, plan.placement()), true, "CARPL"));
        } else {
            stays.add(new Stay(placed, Placements.of(chance, plan.placement()), false, "CARPL"));
        }
    }

    /** The placement the ending needs, and placement with parents before going home on an order. */
    private static void ending(Chance chance, PeriodOutline period, List<Stay> stays, LocalDate end) {
        String reason = period.reasonCeased();
        if (reason == null) {
            return;
        }
        int lastIndex = stays.size() - 1;
        var last = stays.get(lastIndex);
        String needed = switch (reason) {
            case "E17" -> last.placement().isFoster() && !last.placement().type().equals("U2")
                    && !last.placement().type().equals("U5") ? null : "U4";
            case "E45" -> last.placement().type().equals("U1") || last.placement().type().equals("U3") ? null : "U3";
            case "E46" -> last.placement().type().equals("U4") || last.placement().type().equals("U6") ? null : "U6";
            default -> null;
        };
        if (needed != null) {
            stays.set(lastIndex, new Stay(last.from(), Placements.of(chance, needed), false, last.reason()));
            return;
        }
        boolean onOrder = period.legal().get(period.legal().size() - 1).status().startsWith("C");
        // A child already placed with parents goes home from that placement: no second P1 (rule 435).
        if (reason.equals("E4A") && onOrder && period.route() != Route.ADOPTION && !last.placement().type().equals("P1")
                && chance.percent(0.5)) {
            LocalDate home = end.minusDays(chance.between(40, 200));
            if (home.isAfter(last.from().plusDays(1)) && legalAt(period, home).startsWith("C")) {
                stays.add(new Stay(home, Placements.of(chance, "P1"), false, "CARPL"));
            }
        }
    }

    /**
     * A young person in unregistered semi-independent or independent living on 28 October 2023 moves
     * on that day into registered supported accommodation: an H5 whose provider registered keeps the
     * carer (RNE T, a change of placement status), independent living (P2) is a planned move.
     */
    private static void registration(Chance chance, List<Stay> stays, LocalDate end) {
        LocalDate day = Placement.REGISTRATION_REQUIRED;
        for (int i = 0; i < stays.size(); i++) {
            var s = stays.get(i);
            LocalDate to = i + 1 < stays.size() ? stays.get(i + 1).from() : end;
            if (!s.placement().isUnregisteredSemiIndependent() || !s.from().isBefore(day) || !to.isAfter(day)) {
                continue;
            }
            var p = s.placement();
            stays.add(i + 1, p.type().equals("H5")
                    ? new Stay(day, new Placement("H5", p.provider(), Identifiers.urn(chance, "H5"), p.postcode(), p.carer()),
                            true, "PLACE")
                    : new Stay(day, Placements.of(chance, "H5"), false, "CARPL"));
            i++;
        }
    }

    /** Temporary placements inside long enough ordinary ones, never first or last (V903 rules 380, 381). */
    private static void temporaryPlacements(Chance chance, List<Stay> stays, LocalDate end) {
        for (int i = 0; i < stays.size(); i++) {
            var s = stays.get(i);
            LocalDate to = i + 1 < stays.size() ? stays.get(i + 1).from() : end;
            long days = EpisodeChain.days(s.from(), to);
            if (!s.placement().isFoster() || days < 60 || !chance.percent(Math.min(0.5, days / 365.0 * 0.08))) {
                continue;
            }
            String type = chance.weighted("T3", 55, "T1", 15, "T4", 15, "T0", 8, "T2", 7);
            int length = switch (type) {
                case "T3" -> chance.between(3, 20);
                case "T1" -> chance.between(2, 40);
                case "T2" -> chance.between(3, 14);
                default -> chance.between(1, 7);
            };
            LocalDate tempFrom = s.from().plusDays(chance.between(14, (int) days - length - 14));
            LocalDate back = tempFrom.plusDays(length);
            // A temporary move is not a change of placement: no reason on the episode it ends (rule 226).
            stays.add(i + 1, new Stay(tempFrom, Placements.of(chance, type), false, null));
            stays.add(i + 2, new Stay(back, s.placement(), false, null));
            i += 2;
        }
    }

    static String legalAt(PeriodOutline period, LocalDate day) {
        String status = period.legal().get(0).status();
        for (var s : period.legal()) {
            if (!s.from().isAfter(day)) {
                status = s.status();
            }
        }
        return status;
    }

    private static int age(ChildOutline child, LocalDate on) {
        return OutlineSimulator.age(child.dateOfBirth(), on);
    }
}
