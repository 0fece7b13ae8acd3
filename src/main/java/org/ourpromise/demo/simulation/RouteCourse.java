package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a period of care runs on each route (DOMAIN.md §2): the legal statuses it goes through, the adoption plan
 * if there is one, and when and why it is planned to end, before the end is cut at the 18th birthday. The draws
 * from {@link Chance} are made in a fixed order: changing it changes every generated council.
 */
final class RouteCourse {

    /** Where a route is heading: the planned end and its reason (REC), and the adoption plan if any. */
    record Ending(LocalDate end, String reason, @Nullable AdoptionPlan adoption) {
    }

    private RouteCourse() {
    }

    /** Adds the period's legal spells to {@code legal} and returns how it is planned to end. */
    static Ending run(Route route, Chance chance, LocalDate dob, LocalDate start, List<LegalSpell> legal) {
        LocalDate adult = dob.plusYears(18);
        return switch (route) {
            case ADOPTION -> adoption(chance, start, adult, legal);
            case ADOPTION_WITH_CONSENT -> adoptionWithConsent(chance, start, legal);
            case SPECIAL_GUARDIANSHIP, CHILD_ARRANGEMENTS -> orderToKin(route, chance, start, legal);
            case RETURN_HOME -> returnHome(chance, OutlineSimulator.age(dob, start) >= 13, start, legal);
            case LONG_TERM -> longTerm(chance, OutlineSimulator.age(dob, start) >= 12, start, adult, legal);
            case REMAND -> remand(chance, start, legal);
            case UNACCOMPANIED -> unaccompanied(chance, start, adult, legal);
            default -> throw new IllegalStateException("short breaks are planned by ShortBreakPlan");
        };
    }

    private static Ending adoption(Chance chance, LocalDate start, LocalDate adult, List<LegalSpell> legal) {
        LocalDate care = protectionFirst(chance, start, legal, 0.75);
        legal.add(new LegalSpell("C1", care));
        LocalDate decided = start.plusDays(chance.between(90, 260));
        LocalDate order = decided.plusDays(chance.between(20, 200));
        if (order.isBefore(care.plusDays(30))) {
            order = care.plusDays(30);
        }
        legal.add(new LegalSpell("E1", order));
        if (chance.percent(0.1)) {
            // The plan changes (RD1–RD4): the child stays in long-term foster care or goes to kin.
            LocalDate reversed = order.plusDays(chance.between(150, 500));
            String why = chance.weighted("RD1", 20, "RD2", 10, "RD3", 55, "RD4", 15);
            var plan = new AdoptionPlan(decided, order, null, null, "A6", reversed, why);
            legal.add(new LegalSpell("C2", reversed));
            if (chance.percent(0.5)) {
                LocalDate end = reversed.plusDays(chance.between(120, 500));
                return new Ending(end, chance.weighted("E45", 60, "E46", 40), plan);
            }
            return new Ending(adult, OutlineSimulator.atEighteen(chance), plan);
        }
        boolean fosterForAdoption = chance.percent(0.2);
        LocalDate matched = order.plusDays(fosterForAdoption ? chance.between(5, 60) : chance.between(30, 300));
        LocalDate placed = matched.plusDays(chance.between(7, 45));
        String place = fosterForAdoption || chance.percent(0.1) ? "A5" : "A6";
        var plan = new AdoptionPlan(decided, order, matched, placed, place, null, null);
        LocalDate end = placed.plusDays(chance.between(100, 420));
        return new Ending(end, chance.weighted("E11", 25, "E12", 75), plan);
    }

    private static Ending adoptionWithConsent(Chance chance, LocalDate start, List<LegalSpell> legal) {
        legal.add(new LegalSpell("V2", start));
        LocalDate decided = start.plusDays(chance.between(20, 120));
        LocalDate matched = decided.plusDays(chance.between(20, 200));
        LocalDate placed = matched.plusDays(chance.between(7, 30));
        var plan = new AdoptionPlan(decided, null, matched, placed, chance.percent(0.3) ? "A3" : "A4", null, null);
        return new Ending(placed.plusDays(chance.between(90, 300)), "E11", plan);
    }

    /** A special guardianship or child arrangements order, usually to a relative. */
    private static Ending orderToKin(Route route, Chance chance, LocalDate start, List<LegalSpell> legal) {
        LocalDate care = protectionFirst(chance, start, legal, 0.7);
        legal.add(new LegalSpell("C1", care));
        LocalDate end = start.plusDays(chance.between(200, 760));
        if (ChronoUnit.DAYS.between(care, end) > 320 && chance.percent(0.5)) {
            legal.add(new LegalSpell("C2", care.plusDays(chance.between(180, 300))));
        }
        String reason = route == Route.CHILD_ARRANGEMENTS ? "E41"
                : chance.weighted("E45", 35, "E46", 10, "E47", 45, "E48", 10);
        return new Ending(end, reason, null);
    }

    private static Ending returnHome(Chance chance, boolean teen, LocalDate start, List<LegalSpell> legal) {
        LocalDate end = start.plusDays(chance.logNormalDays(teen ? 120 : 160, 1.3, 1));
        if (chance.percent(0.05)) {
            // Police protection that ends with the child going home within 72 hours.
            legal.add(new LegalSpell(chance.percent(0.7) ? "L1" : "L2", start));
            return new Ending(start.plusDays(chance.between(1, 3)), "E4B", null);
        }
        boolean order = chance.percent(teen ? 0.15 : 0.3);
        legal.add(new LegalSpell(order ? "C1" : "V2", start));
        if (order && ChronoUnit.DAYS.between(start, end) > 240) {
            legal.add(new LegalSpell("C2", start.plusDays(chance.between(150, 240))));
        }
        String reason = chance.weighted("E4A", 62, "E4B", 14, "E13", 11, "E3", 3, "E8", 6, "E16", 1,
                "E9", teen ? 1 : 0, "E2", 0.2);
        if (reason.equals("E9") && !legal.get(0).status().equals("V2")) {
            reason = "E4A";
        }
        return new Ending(end, reason, null);
    }

    private static Ending longTerm(Chance chance, boolean teen, LocalDate start, LocalDate adult,
            List<LegalSpell> legal) {
        if (teen && chance.percent(0.5)) {
            legal.add(new LegalSpell("V2", start));
        } else {
            LocalDate care = protectionFirst(chance, start, legal, 0.8);
            legal.add(new LegalSpell("C1", care));
            legal.add(new LegalSpell("C2", care.plusDays(chance.between(150, 300))));
        }
        String reason = OutlineSimulator.atEighteen(chance);
        if (chance.percent(0.12)) {
            LocalDate end = start.plusDays(chance.between(400, 2500));
            return new Ending(end, chance.weighted("E45", 40, "E46", 30, "E4A", 30), null);
        }
        return new Ending(adult, reason, null);
    }

    private static Ending remand(Chance chance, LocalDate start, List<LegalSpell> legal) {
        legal.add(new LegalSpell("J1", start));
        LocalDate end = start.plusDays(chance.between(7, 150));
        return new Ending(end, chance.weighted("E14", 70, "E9", 30), null);
    }

    private static Ending unaccompanied(Chance chance, LocalDate start, LocalDate adult, List<LegalSpell> legal) {
        legal.add(new LegalSpell("V2", start));
        String reason = chance.weighted("E5", 45, "E6", 10, "E17", 20, "E8", 15, "E16", 2);
        if (chance.percent(0.08)) {
            // Transferred under the National Transfer Scheme, or found to be an adult.
            LocalDate end = start.plusDays(chance.between(5, 60));
            return new Ending(end, chance.percent(0.7) ? "E3" : "E15", null);
        }
        return new Ending(adult, reason, null);
    }

    /** Police protection (L1) or an emergency protection order (L2) for a few days before the order. */
    private static LocalDate protectionFirst(Chance chance, LocalDate start, List<LegalSpell> legal,
            double straightToCourt) {
        if (chance.percent(straightToCourt)) {
            return start;
        }
        if (chance.percent(0.6)) {
            legal.add(new LegalSpell("V2", start));
            return start.plusDays(chance.between(20, 120));
        }
        boolean police = chance.percent(0.6);
        legal.add(new LegalSpell(police ? "L1" : "L2", start));
        return start.plusDays(police ? chance.between(1, 3) : chance.between(2, 8));
    }
}
