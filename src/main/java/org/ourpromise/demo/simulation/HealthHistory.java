package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.HealthEvent.Kind;

/**
 * Health while looked after (DOMAIN.md §1.3 OC2, §3.2 rows 13–17): the referral and initial
 * assessment, review assessments 6-monthly under 5 and yearly after, yearly dental checks,
 * immunisation and development status at each assessment, yearly SDQs for 4–16s, and for older
 * children some substance misuse and convictions.
 */
final class HealthHistory {

    private HealthHistory() {
    }

    static void period(Chance chance, LocalDate dob, boolean disabled, LocalDate start, LocalDate end, LocalDate asAt,
            List<HealthEvent> out) {
        add(out, Kind.HEALTH_ASSESSMENT_REFERRAL, Days.plus(start, chance.percent(0.8) ? chance.between(0, 2) : chance.between(3, 14)), null, end, asAt);
        assessments(chance, dob, start, end, asAt, out);
        LocalDate year = Days.plus(start, chance.between(30, 200));
        while (year.isBefore(end) && !year.isAfter(asAt)) {
            yearInCare(chance, OutlineSimulator.age(dob, year), disabled, year, out);
            year = Days.plus(year, 365);
        }
        out.removeIf(h -> h.date().isAfter(asAt) || !h.date().isBefore(end));
    }

    /** The initial health assessment, then reviews 6-monthly under 5 and yearly after, with their statuses. */
    private static void assessments(Chance chance, LocalDate dob, LocalDate start, LocalDate end, LocalDate asAt,
            List<HealthEvent> out) {
        LocalDate assessment = CareEvents.workingDaysAfter(start, chance.percent(0.8) ? chance.between(5, 20) : chance.between(21, 45));
        while (assessment.isBefore(end) && !assessment.isAfter(asAt)) {
            if (chance.percent(0.93)) {
                out.add(new HealthEvent(Kind.HEALTH_ASSESSMENT, assessment, null, false));
                out.add(new HealthEvent(Kind.IMMUNISATION_STATUS, assessment, chance.percent(0.86) ? "1" : "0", false));
                if (OutlineSimulator.age(dob, assessment) < 5) {
                    out.add(new HealthEvent(Kind.DEVELOPMENT_CHECK_STATUS, assessment, chance.percent(0.88) ? "1" : "0", false));
                }
            }
            boolean underFive = OutlineSimulator.age(dob, assessment) < 5;
            int interval = underFive ? 182 : 365;
            assessment = Days.plus(assessment, chance.percent(0.88) ? interval - chance.between(0, 40) : interval + chance.between(1, 60));
        }
    }

    /** One year in care from {@code year}: a dental check, the SDQ, and for older children substances and convictions. */
    private static void yearInCare(Chance chance, int age, boolean disabled, LocalDate year, List<HealthEvent> out) {
        if (age >= 1 && chance.percent(0.8)) {
            out.add(new HealthEvent(Kind.DENTAL_CHECK, Days.plus(year, chance.between(0, 60)), null, false));
        }
        if (age >= 4 && age <= 16) {
            sdq(chance, disabled, Days.plus(year, chance.between(0, 40)), out);
        } else if (age == 3 || age == 17) {
            // The year a child turns 4 or 17 the return asks for a score or a reason (rule 197B):
            // no form, as the child was under 4 or over 16 when it was due (SDQ1).
            out.add(new HealthEvent(Kind.SDQ_NOT_COMPLETED, Days.plus(year, chance.between(0, 40)), "SDQ1", false));
        }
        if (age >= 12 && chance.percent(0.04)) {
            LocalDate d = Days.plus(year, chance.between(0, 120));
            out.add(new HealthEvent(Kind.SUBSTANCE_MISUSE, d, "1", false));
            if (chance.percent(0.6)) {
                out.add(new HealthEvent(Kind.SUBSTANCE_INTERVENTION_RECEIVED, Days.plus(d, chance.between(7, 60)), "1", false));
            } else if (chance.percent(0.6)) {
                out.add(new HealthEvent(Kind.SUBSTANCE_INTERVENTION_REFUSED, Days.plus(d, chance.between(7, 60)), "1", false));
            }
        }
        if (age >= 10 && chance.percent(age >= 14 ? 0.05 : 0.015)) {
            out.add(new HealthEvent(Kind.CONVICTION, Days.plus(year, chance.between(0, 300)), "1", false));
        }
    }

    private static final String[] SCORES = new String[41];

    static {
        for (int i = 0; i < SCORES.length; i++) {
            SCORES[i] = String.valueOf(i);
        }
    }

    /** Total difficulties scores average about 14 for children in care (0–40). */
    private static void sdq(Chance chance, boolean disabled, LocalDate date, List<HealthEvent> out) {
        if (chance.percent(0.78)) {
            int score = (int) Math.round(14 + 6.5 * chance.gaussian());
            out.add(new HealthEvent(Kind.SDQ_SCORE, date, SCORES[Math.max(0, Math.min(40, score))], false));
        } else {
            String reason = disabled && chance.percent(0.5) ? "SDQ3" : chance.weighted("SDQ2", 25, "SDQ4", 50, "SDQ5", 25);
            out.add(new HealthEvent(Kind.SDQ_NOT_COMPLETED, date, reason, false));
        }
    }

    private static void add(List<HealthEvent> out, Kind kind, LocalDate date, String value, LocalDate end, LocalDate asAt) {
        if (date.isBefore(end) && !date.isAfter(asAt)) {
            out.add(new HealthEvent(kind, date, value, false));
        }
    }
}
