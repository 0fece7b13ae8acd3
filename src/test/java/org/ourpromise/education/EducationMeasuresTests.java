package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ourpromise.measures.EducationMeasureCatalogue;
import org.ourpromise.measures.MeasureCatalogue;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * The Virtual School's measures worked by hand at their edges: school years (a suspension on 31 August and one on 1
 * September), a term's PEP due the day before Good Friday, a deadline falling due on the period's last day, and
 * Pupil Premium Plus over the financial year's last and first days with a top-up beyond an allocation.
 */
class EducationMeasuresTests {

    private static final PepSchedule SCHEDULE = new PepSchedule(PepSettings.defaults(),
            WorkingDayCalendar.englandAndWales());

    private static List<CareEpisode> inCareFrom(LocalDate start) {
        return List.of(new CareEpisode(start, "S", "C2", "N1", "U1", "PR1", null, null, null, null, null, null));
    }

    private static VirtualSchool.Pupil pupil(String id, LocalDate born, List<LocalDate> peps, LocalDate asAt) {
        var episodes = inCareFrom(LocalDate.of(2023, 6, 1));
        var due = SCHEDULE.due(born, episodes, List.of(), peps, asAt);
        return new VirtualSchool.Pupil(id, id, born, SchoolYear.of(asAt).yearGroup(born), null, null, Sessions.NONE,
                due, PepSchedule.outstanding(due, peps, asAt));
    }

    private static Exclusion exclusion(String child, Exclusion.Kind kind, LocalDate on) {
        return new Exclusion(1, child, kind, on, null, kind == Exclusion.Kind.SUSPENSION ? BigDecimal.ONE : null,
                Exclusion.Reason.values()[0], null, 0);
    }

    private static Map<String, MeasureValue> measures(List<VirtualSchool.Pupil> cohort, SchoolYear year, LocalDate asAt,
            Map<String, List<Exclusion>> exclusions) {
        return EducationMeasures.of(new EducationMeasures.Inputs(cohort, year.first(), asAt, exclusions, Map.of(), null,
                null, List.of(), 90));
    }

    @Test
    void aSuspensionOn31AugustBelongsToTheSchoolYearEndingThatDayAndOneOn1SeptemberToTheNext() {
        var born = LocalDate.of(2012, 3, 14);
        var exclusions = Map.of("A", List.of(exclusion("A", Exclusion.Kind.SUSPENSION, LocalDate.of(2026, 8, 31))),
                "B", List.of(exclusion("B", Exclusion.Kind.SUSPENSION, LocalDate.of(2026, 9, 1))),
                "C", List.of(exclusion("C", Exclusion.Kind.PERMANENT, LocalDate.of(2025, 9, 1))));
        // the collection year ending 31 March 2026 counts the school year 2025 to 2026, to 31 August 2026
        var period = EducationMeasureSource.Period.of(2026, LocalDate.of(2026, 11, 22));
        assertThat(period.schoolYear()).isEqualTo(new SchoolYear(2025));
        assertThat(period.asAt()).isEqualTo(LocalDate.of(2026, 8, 31));
        var cohort = List.of(pupil("A", born, List.of(), period.asAt()), pupil("B", born, List.of(), period.asAt()),
                pupil("C", born, List.of(), period.asAt()));
        var last = measures(cohort, period.schoolYear(), period.asAt(), exclusions);
        assertThat(last.get(EducationMeasureCatalogue.SUSPENDED).numeratorChildren()).containsExactly("A");
        assertThat(last.get(EducationMeasureCatalogue.SUSPENDED).value()).isEqualByComparingTo("33.3");
        assertThat(last.get(EducationMeasureCatalogue.PERMANENTLY_EXCLUDED).numeratorChildren()).containsExactly("C");
        // the year ending 31 March 2027 is running on 22 November 2026: its school year to that day
        var running = EducationMeasureSource.Period.of(2027, LocalDate.of(2026, 11, 22));
        assertThat(running.asAt()).isEqualTo(LocalDate.of(2026, 11, 22));
        // in words as on every other page, not as the return's dd/mm/yyyy
        assertThat(running.words()).isEqualTo("School year 2026 to 2027, to 22 November 2026");
        var now = measures(cohort, running.schoolYear(), running.asAt(), exclusions);
        assertThat(now.get(EducationMeasureCatalogue.SUSPENDED).numeratorChildren()).containsExactly("B");
        assertThat(now.get(EducationMeasureCatalogue.SUSPENDED).denominatorChildren()).containsExactly("A", "B", "C");
        assertThat(now.get(EducationMeasureCatalogue.PERMANENTLY_EXCLUDED).numerator()).isZero();
        // the school year 2027 to 2028 has not begun on 22 November 2026... nor in May 2027
        assertThat(EducationMeasureSource.Period.of(2028, LocalDate.of(2027, 5, 10)).started()).isFalse();
    }

    @Test
    void aTermsPepIsDueTheWorkingDayBeforeGoodFridaySoOneHeldOnGoodFridayIsLate() {
        // in care since 1 June 2023, PEP age; school year 2023 to 2024: autumn due Friday 29 December 2023 (the 31st a
        // Sunday, 25th and 26th bank holidays), spring due Thursday 28 March 2024 (29th Good Friday, 31st Easter Sunday),
        // summer due Wednesday 31 July 2024
        var born = LocalDate.of(2012, 3, 14);
        var asAt = LocalDate.of(2024, 8, 31);
        var x = pupil("X", born, List.of(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 28),
                LocalDate.of(2024, 7, 1)), asAt);
        var y = pupil("Y", born, List.of(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 29),
                LocalDate.of(2024, 7, 1)), asAt);
        var v = EducationMeasures.pepsOnTime(List.of(x, y), new SchoolYear(2023).first(), asAt);
        assertThat(v.numerator()).isEqualTo(5);
        assertThat(v.denominator()).isEqualTo(6);
        assertThat(v.value()).isEqualByComparingTo("83.3");
        assertThat(v.numeratorChildren()).containsExactly("X");
        assertThat(v.denominatorChildren()).containsExactly("X", "Y");
    }

    @Test
    void aDeadlineDueOnThePeriodsLastDayAndNotYetMetIsNotCountedUntilMissed() {
        var born = LocalDate.of(2012, 3, 14);
        var held = List.of(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 28));
        var from = new SchoolYear(2023).first();
        // on Wednesday 31 July 2024 the summer term's PEP is due that day: autumn and spring, 2 of 2
        var onTheDay = EducationMeasures.pepsOnTime(List.of(pupil("X", born, held, LocalDate.of(2024, 7, 31))), from,
                LocalDate.of(2024, 7, 31));
        assertThat(onTheDay.numerator()).isEqualTo(2);
        assertThat(onTheDay.denominator()).isEqualTo(2);
        // the next day it is missed: 2 of 3
        var after = EducationMeasures.pepsOnTime(List.of(pupil("X", born, held, LocalDate.of(2024, 8, 1))), from,
                LocalDate.of(2024, 8, 1));
        assertThat(after.numerator()).isEqualTo(2);
        assertThat(after.denominator()).isEqualTo(3);
        assertThat(after.numeratorChildren()).isEmpty();
        // held on the day, it is on time: 3 of 3
        var met = new java.util.ArrayList<>(held);
        met.add(LocalDate.of(2024, 7, 31));
        var metOnTheDay = EducationMeasures.pepsOnTime(List.of(pupil("X", born, met, LocalDate.of(2024, 7, 31))), from,
                LocalDate.of(2024, 7, 31));
        assertThat(metOnTheDay.numerator()).isEqualTo(3);
        assertThat(metOnTheDay.denominator()).isEqualTo(3);
    }

    @Test
    void pupilPremiumPlusPaidOfTheAllocationsOverTheFinancialYearTopUpsAside() {
        // 2024-25: £2,570 a child, the Virtual School keeps £400, so £2,170 is allocated for each of A and B (£4,340).
        // A is paid £2,170 and a £500 top-up (not counted); B £1,000 on 31 March 2025 and £500 on 1 April 2025 (the
        // next year's): paid of the allocations £2,170 + £1,000 = £3,170 of £4,340 = 73.04%, so 73.0%
        var settings = new PupilPremiumSettings(null, BigDecimal.valueOf(400), 100);
        var year = new FinancialYear(2024);
        var payments = List.of(payment("A", "2024-06-01", 2170), payment("A", "2024-09-01", 500),
                payment("B", "2025-03-31", 1000), payment("B", "2025-04-01", 500));
        var born = LocalDate.of(2015, 1, 1);
        var episodes = inCareFrom(LocalDate.of(2023, 1, 1));
        var allocations = List.of(PupilPremium.allocation("A", born, episodes, year, settings, payments),
                PupilPremium.allocation("B", born, episodes, year, settings, payments));
        var statement = PupilPremiumStatement.of(year, settings, allocations, payments, Map.of());
        var v = EducationMeasures.pupilPremiumPaid(statement, allocations);
        assertThat(v.numerator()).isEqualTo(3170);
        assertThat(v.denominator()).isEqualTo(4340);
        assertThat(v.value()).isEqualByComparingTo("73.0");
        assertThat(v.numeratorChildren()).containsExactly("A", "B");
        assertThat(EducationFiguresController.words(EducationMeasureCatalogue.defaults()
                .find(EducationMeasureCatalogue.PUPIL_PREMIUM_PAID).orElseThrow(), v)).isEqualTo("73.0% (£3,170 of £4,340)");
    }

    @Test
    void everyEducationMeasureIsInTheCatalogueTheTargetsPageReads() {
        var catalogue = MeasureCatalogue.withLocalMeasures(2026);
        EducationMeasureCatalogue.defaults().measures()
                .forEach(m -> assertThat(catalogue.find(m.key())).as(m.key()).isPresent());
        var values = measures(List.of(), new SchoolYear(2025), LocalDate.of(2026, 8, 31), Map.of());
        assertThat(values.keySet()).containsExactlyElementsOf(EducationMeasureCatalogue.defaults().measures().stream()
                .map(org.ourpromise.measures.Measure::key).toList());
    }

    private static PupilPremiumPayment payment(String child, String paidOn, int amount) {
        return new PupilPremiumPayment(1, child, "100001", LocalDate.of(2024, 5, 1), LocalDate.parse(paidOn),
                BigDecimal.valueOf(amount), "Tutoring");
    }
}
