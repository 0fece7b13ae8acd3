package org.ourpromise.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.ourpromise.demo.SyntheticCouncil;
import org.ourpromise.measures.MeasureEngine;
import org.ourpromise.measures.MeasureParameters;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.HealthEvent.Kind;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Derivation;
import org.ourpromise.timescales.Birthdays;

/**
 * Issue 12: "OC2 measures computed from the record agree with those from the derived return". Over the demo
 * council (its records as on 22 November 2026, seed 2026 as the demo uses), for each of the five collection years
 * the record holds: every OC2 measure from the return derived for that year, against the same figure read
 * straight from the children's health events, child by child (numerator and denominator).
 */
class Oc2FromTheRecordTests {

    private static final List<ChildRecord> COUNCIL = SyntheticCouncil.demoCouncil(2026, LocalDate.of(2026, 11, 22));

    @Test
    void everyOc2MeasureOfEachYearAgreesWithTheRecordReadDirectly() {
        int checked = 0;
        for (int collectionYear = 2022; collectionYear <= 2026; collectionYear++) {
            int year = collectionYear;
            var start = Ssda903Dates.collectionStart(year);
            var end = Ssda903Dates.collectionEnd(year);
            var measures = MeasureEngine.compute(Ssda903Derivation.derive(COUNCIL, year, 0),
                    MeasureParameters.forYear(year));
            var cohortIds = Set.copyOf(measures.get("oc2.cohort").numeratorChildren());
            assertThat(cohortIds).as("cohort " + year).hasSizeGreaterThan(50);
            var cohort = COUNCIL.stream().filter(c -> cohortIds.contains(c.childId())).toList();
            // the cohort read from the record: looked after on the year's first and last day, never on a short break
            assertThat(cohort).as("cohort " + year).allSatisfy(c -> assertThat(c.episodes()).anyMatch(
                    e -> e.isOpenAt(start) && !e.isShortBreak()).anyMatch(e -> e.isOpenAt(end) && !e.isShortBreak()));
            COUNCIL.stream().filter(c -> simplyInCareAllYear(c, start, end))
                    .forEach(c -> assertThat(cohortIds).as(c.childId() + " " + year).contains(c.childId()));

            Predicate<ChildRecord> all = c -> true;
            Predicate<ChildRecord> misuse = c -> any(c, Kind.SUBSTANCE_MISUSE, start, end);
            int y = year;
            checked += agree(measures.get("oc2.health_assessment_pct"), cohort, all,
                    c -> any(c, Kind.HEALTH_ASSESSMENT, start, end), "health assessment " + y);
            checked += agree(measures.get("oc2.teeth_check_pct"), cohort, all,
                    c -> any(c, Kind.DENTAL_CHECK, start, end), "teeth " + y);
            checked += agree(measures.get("oc2.immunisations_pct"), cohort, all,
                    c -> upToDate(c, Kind.IMMUNISATION_STATUS, end), "immunisations " + y);
            checked += agree(measures.get("oc2.health_check_pct"), cohort,
                    c -> Birthdays.age(c.dateOfBirth(), end) < 5, c -> upToDate(c, Kind.DEVELOPMENT_CHECK_STATUS, end),
                    "development checks " + y);
            checked += agree(measures.get("oc2.convicted_pct"), cohort, c -> Birthdays.age(c.dateOfBirth(), end) >= 10,
                    c -> any(c, Kind.CONVICTION, start, end), "convicted " + y);
            checked += agree(measures.get("oc2.substance_misuse_pct"), cohort, all, misuse, "misuse " + y);
            checked += agree(measures.get("oc2.intervention_received_pct"), cohort, misuse,
                    c -> any(c, Kind.SUBSTANCE_INTERVENTION_RECEIVED, start, end), "received " + y);
            checked += agree(measures.get("oc2.intervention_offered_pct"), cohort, misuse,
                    c -> !any(c, Kind.SUBSTANCE_INTERVENTION_RECEIVED, start, end)
                            && any(c, Kind.SUBSTANCE_INTERVENTION_REFUSED, start, end), "offered " + y);
            checked += agree(measures.get("oc2.sdq_returned_pct"), cohort,
                    c -> Birthdays.age(c.dateOfBirth(), start) >= 4 && Birthdays.age(c.dateOfBirth(), end) < 17,
                    c -> c.health().stream().anyMatch(h -> h.kind() == Kind.SDQ_SCORE && in(h, start, end)),
                    "questionnaire " + y);
        }
        // the figures are real ones: something is counted, not only empty sets agreeing
        assertThat(checked).isPositive();
    }

    /** Numerator and denominator children both ways; the numerator's size, to show the check is not empty. */
    private static int agree(MeasureValue v, List<ChildRecord> cohort, Predicate<ChildRecord> in,
            Predicate<ChildRecord> counted, String what) {
        var denominator = new HashSet<String>();
        var numerator = new HashSet<String>();
        for (var c : cohort) {
            if (in.test(c)) {
                denominator.add(c.childId());
                if (counted.test(c)) {
                    numerator.add(c.childId());
                }
            }
        }
        assertThat(Set.copyOf(v.denominatorChildren())).as(what + ": out of").isEqualTo(denominator);
        assertThat(Set.copyOf(v.numeratorChildren())).as(what + ": counted").isEqualTo(numerator);
        return numerator.size();
    }

    private static boolean in(HealthEvent h, LocalDate start, LocalDate end) {
        return !h.date().isBefore(start) && !h.date().isAfter(end);
    }

    private static boolean any(ChildRecord c, Kind kind, LocalDate start, LocalDate end) {
        return c.health().stream().anyMatch(h -> h.kind() == kind && in(h, start, end));
    }

    /** The latest status of the kind on or before the year's last day says up to date. */
    private static boolean upToDate(ChildRecord c, Kind kind, LocalDate end) {
        HealthEvent latest = null;
        for (var h : c.health()) {
            if (h.kind() == kind && !h.date().isAfter(end) && (latest == null || !h.date().isBefore(latest.date()))) {
                latest = h;
            }
        }
        return latest != null && "1".equals(latest.value());
    }

    /** One episode the whole year, begun before it and still open at its end, and no other touching the year. */
    private static boolean simplyInCareAllYear(ChildRecord c, LocalDate start, LocalDate end) {
        var touching = c.episodes().stream().filter(e -> !e.started().isAfter(end)
                && (e.ceased() == null || !e.ceased().isBefore(start))).toList();
        return touching.size() == 1 && !touching.get(0).isShortBreak() && touching.get(0).started().isBefore(start)
                && touching.get(0).isOpenAt(end) && touching.get(0).isOpenAt(end.plusDays(1));
    }
}
