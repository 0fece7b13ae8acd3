package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import java.util.List;

/**
 * Short breaks for disabled children (Care Planning Regulations reg 48): with V3 each break is its
 * own period (RNE S), none over 17 days and no more than 75 days in a year (V903 rules 365, 367);
 * with V4 each agreement is recorded as one period. A child is under one of the two, never both
 * (rule 426). That breaks and agreements end with E4A (returned home as planned) is our reading of
 * the guidance: UNCONFIRMED.
 */
final class ShortBreakPlan {

    private ShortBreakPlan() {
    }

    static void periods(Chance chance, LocalDate dob, LocalDate first, List<PeriodOutline> periods) {
        boolean agreements = chance.percent(0.3);
        LocalDate stop = first.plusDays(chance.between(365, 365 * 7));
        LocalDate adult = dob.plusYears(18);
        if (stop.isAfter(adult)) {
            stop = adult;
        }
        LocalDate start = first;
        while (start.isBefore(stop)) {
            LocalDate end;
            String status;
            if (agreements) {
                status = "V4";
                end = start.plusDays(chance.between(180, 365));
            } else {
                status = "V3";
                end = start.plusDays(chance.between(1, 4));
            }
            if (end.isAfter(adult)) {
                break;
            }
            periods.add(new PeriodOutline(Route.SHORT_BREAKS, start, end, "E4A", "N2",
                    List.of(new LegalSpell(status, start)), null));
            start = agreements ? end.plusDays(chance.between(1, 30)) : end.plusDays(chance.between(21, 45));
        }
    }
}
