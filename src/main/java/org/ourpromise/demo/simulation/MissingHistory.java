package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.MissingEpisode;

/**
 * Missing and away-from-placement episodes (DOMAIN.md §2.9): about one child in ten goes missing,
 * mostly teenagers in children's homes and supported accommodation, several times each; a return
 * home interview is offered after each and most are held within 72 hours (§3.2 row 31).
 */
final class MissingHistory {

    private MissingHistory() {
    }

    static void period(Chance chance, double propensity, LocalDate dob, List<CareEpisode> episodes, LocalDate end,
            LocalDate asAt, List<MissingEpisode> out) {
        LocalDate free = episodes.get(0).started();
        for (var e : episodes) {
            LocalDate to = e.ceased() != null ? e.ceased() : end;
            double perYear = propensity * switch (e.placement()) {
                case "K2", "R1", "S1" -> 2.5;
                case "K3", "H5", "P2" -> 1.6;
                case "U1", "U2", "U3", "U4", "U5", "U6" -> 0.5;
                default -> 0.0;
            };
            if (perYear == 0 || e.isShortBreak()) {
                continue;
            }
            LocalDate t = e.started().isAfter(free) ? e.started() : free;
            while (true) {
                t = Days.plus(t, chance.exponentialDays(365 / perYear));
                if (!t.isBefore(to) || t.isAfter(asAt) || OutlineSimulator.age(dob, t) < 11) {
                    break;
                }
                LocalDate back = Days.plus(t, chance.percent(0.55) ? 0 : chance.between(1, 4));
                if (!back.isBefore(to)) {
                    break;
                }
                if (back.isAfter(asAt)) {
                    out.add(new MissingEpisode("M", t, null, null, null, false));
                    return;
                }
                boolean missing = chance.percent(0.8);
                LocalDate offered = Days.plus(back, chance.percent(0.95) ? chance.between(0, 1) : chance.between(2, 5));
                boolean declined = chance.percent(0.25);
                LocalDate held = declined ? null : Days.plus(offered, chance.percent(0.85) ? chance.between(0, 2) : chance.between(3, 10));
                out.add(new MissingEpisode(missing ? "M" : "A", t, back, offered.isAfter(asAt) ? null : offered,
                        held == null || held.isAfter(asAt) ? null : held, declined && !offered.isAfter(asAt)));
                t = Days.plus(back, 1);
                free = t;
            }
        }
    }
}
