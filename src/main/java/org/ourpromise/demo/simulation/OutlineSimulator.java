package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The first pass: a child's periods of care, from first entry to adulthood, with routes and
 * durations roughly in England's published shape (DOMAIN.md §2). Cheap, so that a council can be
 * drawn from many more entrants than it keeps.
 */
final class OutlineSimulator {

    private OutlineSimulator() {
    }

    /** Everything about an entrant, as known at the end of {@code asAt}. */
    static ChildOutline outline(Entrant entrant, LocalDate asAt) {
        var chance = new Chance(entrant.seed());
        String sex = entrant.uasc() ? (chance.percent(0.94) ? "M" : "F") : (chance.percent(0.53) ? "M" : "F");
        String ethnicity = entrant.uasc() ? unaccompaniedEthnicity(chance) : ethnicity(chance);
        LocalDate dob = entrant.entry().minusDays(entrant.ageInDays());
        var periods = new ArrayList<PeriodOutline>();
        if (entrant.shortBreaks()) {
            ShortBreakPlan.periods(chance, dob, entrant.entry(), periods);
        } else {
            LocalDate start = entrant.entry();
            Route route = entrant.uasc() ? Route.UNACCOMPANIED : route(chance, age(dob, start));
            for (int n = 0; n < 4; n++) {
                var p = period(chance, dob, start, route);
                periods.add(p);
                if (p.ceased() == null || !reentryPossible(p.reasonCeased()) || !chance.percent(0.14)) {
                    break;
                }
                start = p.ceased().plusDays(chance.logNormalDays(420, 0.8, 14));
                if (age(dob, start) >= 18) {
                    break;
                }
                route = route(chance, age(dob, start));
            }
        }
        var known = new ArrayList<PeriodOutline>(periods.size());
        for (var p : periods) {
            var k = p.knownAt(asAt);
            if (k != null) {
                known.add(k);
            }
        }
        int supportUntil = chance.percent(0.7) ? 21 : chance.between(22, 25);
        return new ChildOutline(chance.nextSeed(), dob, sex, ethnicity, entrant.uasc(), List.copyOf(known), supportUntil);
    }

    /**
     * Age in whole years on {@code on}: {@code ChronoUnit.YEARS.between(dob, on)} spelt out on the
     * year, month and day, as it is asked for millions of times (someone born on 29 February is a
     * year older on 1 March).
     */
    static int age(LocalDate dob, LocalDate on) {
        if (on.isBefore(dob)) {
            return (int) ChronoUnit.YEARS.between(dob, on);
        }
        int age = on.getYear() - dob.getYear();
        int month = on.getMonthValue() - dob.getMonthValue();
        return month < 0 || month == 0 && on.getDayOfMonth() < dob.getDayOfMonth() ? age - 1 : age;
    }

    private static boolean reentryPossible(@Nullable String reason) {
        return reason != null && switch (reason) {
            case "E4A", "E4B", "E13", "E41", "E8", "E14", "E9" -> true;
            default -> false;
        };
    }

    /** Routes by age at entry: babies are adopted or go to kin, teenagers mostly go home or stay to 18. */
    private static final WeightedCodes ROUTE_UNDER_1 = WeightedCodes.of("ADOPTION", 30, "ADOPTION_WITH_CONSENT", 3,
            "SPECIAL_GUARDIANSHIP", 20, "CHILD_ARRANGEMENTS", 3, "RETURN_HOME", 26, "LONG_TERM", 18);
    private static final WeightedCodes ROUTE_1_TO_4 = WeightedCodes.of("ADOPTION", 18, "SPECIAL_GUARDIANSHIP", 22,
            "CHILD_ARRANGEMENTS", 4, "RETURN_HOME", 33, "LONG_TERM", 23);
    private static final WeightedCodes ROUTE_5_TO_9 = WeightedCodes.of("SPECIAL_GUARDIANSHIP", 12, "CHILD_ARRANGEMENTS", 4,
            "RETURN_HOME", 44, "LONG_TERM", 40);
    private static final WeightedCodes ROUTE_10_TO_15 = WeightedCodes.of("SPECIAL_GUARDIANSHIP", 4, "CHILD_ARRANGEMENTS", 2,
            "RETURN_HOME", 52, "LONG_TERM", 37, "REMAND", 5);
    private static final WeightedCodes ROUTE_16_AND_17 = WeightedCodes.of("RETURN_HOME", 46, "LONG_TERM", 46, "REMAND", 8);

    private static Route route(Chance chance, int age) {
        var routes = age < 1 ? ROUTE_UNDER_1 : age < 5 ? ROUTE_1_TO_4 : age < 10 ? ROUTE_5_TO_9
                : age < 16 ? ROUTE_10_TO_15 : ROUTE_16_AND_17;
        return Route.valueOf(chance.pick(routes));
    }

    private static PeriodOutline period(Chance chance, LocalDate dob, LocalDate start, Route route) {
        LocalDate adult = dob.plusYears(18);
        String cin = categoryOfNeed(chance, route, age(dob, start));
        var legal = new ArrayList<LegalSpell>();
        var ending = RouteCourse.run(route, chance, dob, start, legal);
        LocalDate end = ending.end();
        String reason = ending.reason();
        if (!end.isBefore(adult)) {
            end = adult;
            if (!isAdulthoodReason(reason)) {
                reason = atEighteen(chance);
            }
        }
        if (!end.isAfter(start)) {
            end = start.plusDays(1);
        }
        trimSpells(legal, end);
        return new PeriodOutline(route, start, end, reason, cin, List.copyOf(legal), ending.adoption());
    }

    /** Spells that would start on or after the end of the period never happen. */
    private static void trimSpells(List<LegalSpell> legal, LocalDate end) {
        legal.removeIf(s -> !s.from().isBefore(end));
        if (legal.isEmpty()) {
            throw new IllegalStateException("a period with no legal status");
        }
    }

    private static boolean isAdulthoodReason(String reason) {
        return switch (reason) {
            case "E17", "E5", "E6", "E8", "E7", "E16" -> true;
            default -> false;
        };
    }

    /** Leaving care on the 18th birthday (DOMAIN.md §1.4.8). Whether E17 fits is settled by the placement. */
    static String atEighteen(Chance chance) {
        return chance.pick(AT_EIGHTEEN);
    }

    private static final WeightedCodes AT_EIGHTEEN = WeightedCodes.of("E17", 30, "E5", 40, "E6", 10, "E8", 17, "E7", 3);
    private static final WeightedCodes NEED_13_AND_OVER = WeightedCodes.of("N1", 52, "N2", 3, "N3", 3, "N4", 9, "N5", 20,
            "N6", 4, "N7", 0.3, "N8", 8);
    private static final WeightedCodes NEED_UNDER_13 = WeightedCodes.of("N1", 72, "N2", 2, "N3", 4, "N4", 5, "N5", 13,
            "N6", 0.3, "N7", 0.2, "N8", 3);
    private static final WeightedCodes ETHNICITY = WeightedCodes.of("WBRI", 72, "WIRI", 0.5, "WOTH", 4, "WIRT", 0.3,
            "WROM", 0.7, "MWBC", 3, "MWBA", 1.5, "MWAS", 1.5, "MOTH", 3, "AIND", 0.8, "APKN", 1.2, "ABAN", 0.4, "AOTH", 1,
            "BCRB", 1.2, "BAFR", 2.5, "BOTH", 1.2, "CHNE", 0.2, "OOTH", 1.5, "REFU", 0.3, "NOBT", 0.5);
    private static final WeightedCodes UNACCOMPANIED_ETHNICITY = WeightedCodes.of("BAFR", 35, "AOTH", 28, "OOTH", 20,
            "WOTH", 12, "BOTH", 5);

    private static String categoryOfNeed(Chance chance, Route route, int age) {
        return switch (route) {
            case UNACCOMPANIED -> "N8";
            case REMAND -> "N6";
            case ADOPTION_WITH_CONSENT -> "N8";
            default -> chance.pick(age >= 13 ? NEED_13_AND_OVER : NEED_UNDER_13);
        };
    }

    private static String ethnicity(Chance chance) {
        return chance.pick(ETHNICITY);
    }

    private static String unaccompaniedEthnicity(Chance chance) {
        return chance.pick(UNACCOMPANIED_ETHNICITY);
    }
}
