package org.ourpromise.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.timescales.TimescaleSettings;

/**
 * Hand-worked cases for each local measure at its edges (issue 4). Working days are England and Wales's
 * (DOMAIN.md §3.1); every due date below was counted by hand on a calendar, not by the code.
 */
class LocalMeasuresTests {

    private static final LocalMeasureSettings SETTINGS = LocalMeasureSettings.defaults();

    private static LocalMeasureResults month(String yearMonth, ChildRecord... children) {
        var m = YearMonth.parse(yearMonth);
        return LocalMeasures.compute(List.of(children), new MeasurePeriod(m.atDay(1), m.atEndOfMonth()), m.atEndOfMonth(),
                SETTINGS);
    }

    private static LocalMeasureResults on(String day, ChildRecord... children) {
        var d = LocalDate.parse(day);
        return LocalMeasures.compute(List.of(children), new MeasurePeriod(d.withDayOfMonth(1), d), d, SETTINGS);
    }

    /** "numerator/denominator value" of a percentage, "n" of a count. */
    private static String shown(MeasureValue v) {
        return v.denominator() == null ? String.valueOf(v.numerator())
                : v.numerator() + "/" + v.denominator() + " " + v.value();
    }

    // Initial health assessment: 20 working days from becoming looked after. From Wednesday 10 December 2025:
    // Dec 11, 12 (2); 15-19 (7); 22, 23, 24 (10); Christmas Day and Boxing Day; 29, 30, 31 (13); New Year's Day;
    // Jan 2 (14); 5-9 (19); Monday 12 January 2026 is the 20th. From Friday 10 April 2026: 13-17 (5); 20-24 (10);
    // 27-30 April and 1 May (15); early May bank holiday Monday 4 May; 5-8 May (19); Monday 11 May is the 20th.
    @ParameterizedTest(name = "in care {0}, IHA {1}: {3} in {2}")
    @CsvSource({
        "2025-12-10, 2026-01-12, 2026-01, 1/1 100.0",
        "2025-12-10, 2026-01-13, 2026-01, 0/1 0.0",
        "2026-04-10, 2026-05-11, 2026-05, 1/1 100.0",
        "2026-04-10, 2026-05-12, 2026-05, 0/1 0.0",
        // done before the period: nothing in January
        "2025-12-10, 2025-12-31, 2026-01, 0/0 null"})
    @DisplayName("IHA within 20 working days (DOMAIN.md §3.2 row 13) over Christmas and a bank holiday")
    void initialHealthAssessment(String inCare, String held, String month, String expected) {
        var child = LocalChild.called("A").inCareFrom(inCare).health(HealthEvent.Kind.HEALTH_ASSESSMENT, held).build();
        var r = month(month, child);
        assertThat(shown(r.get("local.iha_on_time_pct"))).isEqualTo(expected);
        assertThat(r.get("local.iha_outstanding").numerator()).isZero();
    }

    @Test
    @DisplayName("an IHA not held by the end of the month its due date falls in is outstanding, and later late")
    void initialHealthAssessmentOutstanding() {
        var child = LocalChild.called("A").inCareFrom("2025-12-10").health(HealthEvent.Kind.HEALTH_ASSESSMENT,
                "2026-02-02").build();
        var january = month("2026-01", child);
        assertThat(shown(january.get("local.iha_outstanding"))).isEqualTo("1");
        assertThat(january.get("local.iha_outstanding").numeratorChildren()).containsExactly("A");
        assertThat(shown(january.get("local.iha_on_time_pct"))).isEqualTo("0/0 null");
        // as at the end of February the same January is still counted the same way (it is done, but in February)
        var januaryLater = LocalMeasures.compute(List.of(child), new MeasurePeriod(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31)), LocalDate.of(2026, 2, 28), SETTINGS);
        assertThat(shown(januaryLater.get("local.iha_outstanding"))).isEqualTo("1");
        var february = month("2026-02", child);
        assertThat(shown(february.get("local.iha_on_time_pct"))).isEqualTo("0/1 0.0");
        assertThat(february.notMetOf("local.iha_on_time_pct")).containsExactly("A");
    }

    // The local 48 hours is 2 working days. From Thursday 2 April 2026: Good Friday 3 April, the weekend and Easter
    // Monday 6 April are not working days, so day 1 is Tuesday 7 April and day 2 Wednesday 8 April.
    @ParameterizedTest(name = "referral {0}: {1}")
    @CsvSource({"2026-04-08, 1/1 100.0", "2026-04-09, 0/1 0.0", "2026-04-02, 1/1 100.0"})
    @DisplayName("IHA referral within 48 hours (DOMAIN.md §3.2 row 14, local) over Easter")
    void ihaReferralOverEaster(String referred, String expected) {
        var child = LocalChild.called("A").inCareFrom("2026-04-02")
                .health(HealthEvent.Kind.HEALTH_ASSESSMENT_REFERRAL, referred).build();
        assertThat(shown(month("2026-04", child).get("local.iha_referral_on_time_pct"))).isEqualTo(expected);
    }

    // 72 hours is 3 calendar days (the record has dates, not times): back on Friday 9 January 2026, due Monday 12.
    @ParameterizedTest(name = "interview {0}: {1}")
    @CsvSource({"2026-01-12, 1/1 100.0", "2026-01-13, 0/1 0.0", "2026-01-10, 1/1 100.0"})
    @DisplayName("return home interview within 72 hours across a weekend (DOMAIN.md §3.2 row 31)")
    void returnInterviewAcrossAWeekend(String held, String expected) {
        var child = LocalChild.called("A").inCareFrom("2025-06-02").missing("2026-01-07", "2026-01-09", held).build();
        assertThat(shown(month("2026-01", child).get("local.return_interviews_on_time_pct"))).isEqualTo(expected);
    }

    @Test
    void aDeclinedInterviewCountsOnTheDayItWasOfferedAndOneNeverHeldIsOutstanding() {
        var declined = LocalChild.called("A").inCareFrom("2025-06-02").missingDeclined("2026-01-07", "2026-01-09",
                "2026-01-12").build();
        var never = LocalChild.called("B").inCareFrom("2025-06-02").missing("2026-01-28", "2026-01-29", null).build();
        // B's interview was due 1 February: not in January at all
        var january = month("2026-01", declined, never);
        assertThat(shown(january.get("local.return_interviews_on_time_pct"))).isEqualTo("1/1 100.0");
        assertThat(shown(january.get("local.return_interviews_outstanding"))).isEqualTo("0");
        var february = month("2026-02", declined, never);
        assertThat(february.get("local.return_interviews_outstanding").numeratorChildren()).containsExactly("B");
    }

    // Permanence plan by the second review: 3 months after the first review's due date. In care Wednesday 10 December
    // 2025, first review due 12 January 2026 (worked above), so the plan is due 12 April 2026.
    @ParameterizedTest(name = "plan {0}: {1}")
    @CsvSource({"2026-04-12, 1/1 100.0", "2026-04-13, 0/1 0.0"})
    void permanencePlanByTheSecondReview(String recorded, String expected) {
        var child = LocalChild.called("A").inCareFrom("2025-12-10").plan(PlanEvent.Kind.PERMANENCE_PLAN, recorded).build();
        assertThat(shown(month("2026-04", child).get("local.permanence_plans_on_time_pct"))).isEqualTo(expected);
    }

    // Visits (reg 28): placement from Monday 5 January 2026, first visit due within a week (12 January), then not more
    // than 6 weeks after the visit made (12 January + 6 weeks = 23 February).
    @Test
    @DisplayName("visits: a week after the placement, then 6 weeks after the last visit; by rule and by team")
    void visitsOnTimeByRuleAndTeam() {
        var a = LocalChild.called("A").inCareFrom("2026-01-05").visit("2026-01-12").visit("2026-02-24")
                .socialWorker("T1", "2026-01-05").build();
        var b = LocalChild.called("B").inCareFrom("2026-01-05").visit("2026-01-13").visit("2026-02-20")
                .socialWorker("T2", "2026-01-05").build();
        var january = month("2026-01", a, b);
        assertThat(shown(january.get("local.visits_on_time_pct"))).isEqualTo("1/2 50.0");
        assertThat(january.notMetOf("local.visits_on_time_pct")).containsExactly("B");
        var byTeam = january.breakdownsOf("local.visits_on_time_pct").get(0);
        assertThat(byTeam.dimension()).isEqualTo("team");
        assertThat(byTeam.values().keySet()).containsExactly("T1", "T2", "none");
        assertThat(shown(byTeam.values().get("T1"))).isEqualTo("1/1 100.0");
        assertThat(shown(byTeam.values().get("T2"))).isEqualTo("0/1 0.0");
        assertThat(shown(byTeam.values().get("none"))).isEqualTo("0/0 null");
        var byRule = january.breakdownsOf("local.visits_on_time_pct").get(1);
        assertThat(shown(byRule.values().get("VISIT_FIRST_WEEK"))).isEqualTo("1/2 50.0");
        assertThat(shown(byRule.values().get("VISIT_FIRST_YEAR"))).isEqualTo("0/0 null");
        // February: A's second visit (due 23 February) was late; B's (due 24 February) on time
        var february = month("2026-02", a, b);
        assertThat(shown(february.get("local.visits_on_time_pct"))).isEqualTo("1/2 50.0");
        assertThat(february.notMetOf("local.visits_on_time_pct")).containsExactly("A");
        assertThat(shown(february.breakdownsOf("local.visits_on_time_pct").get(1).values().get("VISIT_FIRST_YEAR")))
                .isEqualTo("1/2 50.0");
    }

    // Care plans reviewed: a review counts while the 6 months after it (clamped to the month's end, as the review
    // rule adds them) reach the day. In care since 2 January 2023, so the first review was long due.
    @ParameterizedTest(name = "on {0} a review held on {1}: {2}")
    @CsvSource({
        "2026-09-30, 2026-03-30, 1/1 100.0",   // exactly 6 months before
        "2026-09-30, 2026-03-29, 0/1 0.0",
        "2026-03-31, 2025-09-30, 0/1 0.0",     // 30 September + 6 months = 30 March: overdue on 31 March
        "2026-03-30, 2025-09-30, 1/1 100.0",
        "2024-08-29, 2024-02-29, 1/1 100.0",   // 29 February + 6 months = 29 August
        "2024-08-30, 2024-02-29, 0/1 0.0",
        "2024-02-29, 2023-08-29, 1/1 100.0",   // the period ends on 29 February
        "2024-02-29, 2023-08-31, 1/1 100.0",   // 31 August + 6 months = 29 February (clamped)
        "2024-02-29, 2023-08-28, 0/1 0.0",
        "2026-03-31, 2026-03-31, 1/1 100.0"})  // held on the day itself
    @DisplayName("care plans reviewed in the last 6 months, exactly 6 months and 29 February")
    void carePlanReviewedInTheLastSixMonths(String day, String review, String expected) {
        var child = LocalChild.called("A").inCareFrom("2023-01-02").review(review).build();
        assertThat(shown(on(day, child).get("local.care_plans_reviewed_pct"))).isEqualTo(expected);
    }

    // First review due 20 working days after 3 March 2026 (no holidays in March 2026): Tuesday 31 March, counted back
    // 31, 30, 27-23, 20-16, 13-9, 6, 5, 4. Due on the day itself is not yet overdue: not in the cohort.
    @ParameterizedTest(name = "in care from {0}: cohort {1}")
    @CsvSource({"2026-03-03, 0", "2026-03-02, 1", "2026-03-20, 0"})
    void childrenNotYetDueAFirstReviewAreLeftOut(String inCare, long cohort) {
        var r = on("2026-03-31", LocalChild.called("A").inCareFrom(inCare).build());
        assertThat(r.get("local.care_plans_reviewed_pct").denominator()).isEqualTo(cohort);
        assertThat(r.notMetOf("local.care_plans_reviewed_pct")).hasSize((int) cohort);
    }

    @Test
    void aReviewBeforeTheCurrentPeriodOfCareDoesNotCount() {
        var child = LocalChild.called("A").inCare("2025-01-06", "2025-11-03").review("2025-10-01")
                .inCareFrom("2025-12-01").build();
        assertThat(shown(on("2026-03-31", child).get("local.care_plans_reviewed_pct"))).isEqualTo("0/1 0.0");
    }

    @Test
    @DisplayName("a child who stops being looked after on the period's last day is in no snapshot; visits still count")
    void ceasingCareOnThePeriodsLastDay() {
        var leaving = LocalChild.called("A").bornOn("2014-05-01").inCare("2025-06-02", "2026-03-31")
                .review("2026-01-15").pep("2026-01-20").visit("2026-03-20").iro("IRO1", "2025-06-02", null).build();
        var staying = LocalChild.called("B").bornOn("2014-05-01").inCare("2025-06-02", "2026-04-01")
                .review("2026-01-15").pep("2026-01-20").iro("IRO1", "2025-06-02", null).build();
        var r = on("2026-03-31", leaving, staying);
        assertThat(r.get("local.care_plans_reviewed_pct").denominatorChildren()).containsExactly("B");
        assertThat(r.get("local.peps_current_pct").denominatorChildren()).containsExactly("B");
        assertThat(r.get("local.visits_on_time_pct").denominatorChildren()).contains("A");
        var iro = r.iroCaseloads().get(0);
        assertThat(iro.lookedAfterChildren()).containsExactly("B");
        assertThat(iro.otherChildren()).containsExactly("A");
        assertThat(iro.weighted()).isEqualByComparingTo("2.5");
    }

    // PEPs from the 5th birthday: born 29 February 2020, five on 1 March 2025 (MEASURES.md §0); the first PEP is due
    // 10 working days after (14 March 2025). Until the 16th birthday: born 15 May 2010, 16 on 15 May 2026.
    @ParameterizedTest(name = "born {0}, on {1}, PEP {2}: {3}")
    @CsvSource({
        "2020-02-29, 2025-02-28, 2025-02-01, 0/0 null",    // four: not of PEP age
        "2020-02-29, 2025-03-14, 2025-02-01, 0/0 null",    // first PEP due that day, not yet overdue
        "2020-02-29, 2025-03-31, 2025-02-01, 0/1 0.0",     // a PEP before the chain began does not count
        "2020-02-29, 2025-03-31, 2025-03-05, 1/1 100.0",
        "2010-05-15, 2026-05-14, 2025-11-14, 1/1 100.0",   // 15, a PEP exactly 6 months before
        "2010-05-15, 2026-05-14, 2025-11-13, 0/1 0.0",
        "2010-05-15, 2026-05-15, 2025-11-13, 0/0 null"})   // 16 that day: no longer of PEP age
    @DisplayName("PEPs up to date: ages by birthday (29 February), 6 months counted forward")
    void pepsCurrent(String born, String day, String pep, String expected) {
        var child = LocalChild.called("A").bornOn(born).inCareFrom("2024-01-08").pep(pep).build();
        assertThat(shown(on(day, child).get("local.peps_current_pct"))).isEqualTo(expected);
    }

    @Test
    @DisplayName("IRO caseloads: 49 below, 50 and 70 within, 71 above the handbook's 50 to 70")
    void iroCaseloadBands() {
        var children = new ArrayList<ChildRecord>();
        int n = 0;
        for (var iro : List.of(new Object[] {"IRO-A", 49}, new Object[] {"IRO-B", 50}, new Object[] {"IRO-C", 70},
                new Object[] {"IRO-D", 71})) {
            for (int i = 0; i < (int) iro[1]; i++) {
                children.add(LocalChild.called(String.format("C%04d", n++)).inCareFrom("2025-01-06")
                        .iro((String) iro[0], "2025-01-06", null).build());
            }
        }
        // IRO-E has no looked-after child: one on short breaks, one whose care ended with the allocation still open
        children.add(LocalChild.called("S1").shortBreak("2026-03-28", "2026-04-02").iro("IRO-E", "2025-01-06", null).build());
        children.add(LocalChild.called("S2").inCare("2025-01-06", "2025-12-01").iro("IRO-E", "2025-01-06", null).build());
        // allocations ending on the day, or starting the day after, are not that day's
        children.add(LocalChild.called("X1").inCareFrom("2025-01-06").iro("IRO-A", "2025-01-06", "2026-03-31").build());
        children.add(LocalChild.called("X2").inCareFrom("2025-01-06").iro("IRO-A", "2026-04-01", null).build());
        var r = LocalMeasures.compute(children, new MeasurePeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
                LocalDate.of(2026, 3, 31), SETTINGS);
        assertThat(r.iroCaseloads()).extracting(IroCaseload::workerId, IroCaseload::lookedAfter, IroCaseload::otherCases,
                IroCaseload::band).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("IRO-A", 49, 0, IroCaseload.Band.BELOW),
                        org.assertj.core.groups.Tuple.tuple("IRO-B", 50, 0, IroCaseload.Band.WITHIN),
                        org.assertj.core.groups.Tuple.tuple("IRO-C", 70, 0, IroCaseload.Band.WITHIN),
                        org.assertj.core.groups.Tuple.tuple("IRO-D", 71, 0, IroCaseload.Band.ABOVE),
                        org.assertj.core.groups.Tuple.tuple("IRO-E", 0, 2, IroCaseload.Band.BELOW));
        assertThat(shown(r.get("local.iros"))).isEqualTo("5");
        assertThat(shown(r.get("local.iros.below_range"))).isEqualTo("2");
        assertThat(shown(r.get("local.iros.within_range"))).isEqualTo("2");
        assertThat(shown(r.get("local.iros.above_range"))).isEqualTo("1");
        // (49 + 50 + 70 + 71 + 0) / 5 = 48.0
        assertThat(shown(r.get("local.iro_caseload_average"))).isEqualTo("240/5 48.0");
        // weighted: 73.5, 75, 105, 106.5 and 2: 362 / 5 = 72.4
        assertThat(r.iroCaseloads().get(0).weighted()).isEqualByComparingTo("73.5");
        assertThat(r.weightedCaseloadAverage()).isEqualByComparingTo("72.4");
        // banded on the weighted caseload instead, only IRO-E is below the range and the rest above
        var weighted = new LocalMeasureSettings(TimescaleSettings.defaults(), new BigDecimal("1.5"), BigDecimal.ONE, 50,
                70, true);
        var w = LocalMeasures.compute(children, r.period(), r.asAt(), weighted);
        assertThat(List.of(shown(w.get("local.iros.below_range")), shown(w.get("local.iros.within_range")),
                shown(w.get("local.iros.above_range")))).containsExactly("1", "0", "4");
    }

    @Test
    void aPeriodEndingAfterTheAsAtDateIsRefused() {
        assertThatThrownBy(() -> LocalMeasures.compute(List.of(), new MeasurePeriod(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31)), LocalDate.of(2026, 3, 30), SETTINGS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends after the as-at date");
    }

    @Test
    void everyCatalogueKeyHasAValueAndADescriptionEndingInAFullStop() {
        var r = on("2026-03-31");
        var catalogue = LocalMeasureCatalogue.of(SETTINGS);
        assertThat(r.values().keySet()).containsExactlyElementsOf(catalogue.keys());
        for (var m : catalogue.measures()) {
            assertThat(m.key()).startsWith("local.");
            assertThat(m.description()).as(m.key()).isNotBlank().endsWith(".");
            assertThat(m.numerator()).as(m.key()).isNotBlank();
        }
        assertThat(catalogue.find("local.iha_referral_on_time_pct").orElseThrow().description()).contains("48 hours")
                .contains("2 working days");
        assertThat(catalogue.find("local.return_interviews_on_time_pct").orElseThrow().description())
                .contains("72 hours").contains("3 calendar days");
    }
}
