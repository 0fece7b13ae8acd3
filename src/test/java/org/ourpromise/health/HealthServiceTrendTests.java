package org.ourpromise.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ourpromise.health.HealthServices.Referral;
import org.ourpromise.health.HealthServices.Registration;
import org.ourpromise.health.HealthServices.Service;
import org.ourpromise.measures.HealthServiceMeasureCatalogue;

/**
 * The five-year trend of the health service's figures, worked by hand: each year counted as at its 31 March from
 * the record as it stood then. Today is 22 November 2026, so the years are 2022-23 to 2026-27 (so far).
 */
class HealthServiceTrendTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static HealthServiceFigures.Inputs inputs(Set<String> lookedAfter, List<Registration> registrations,
            List<Referral> referrals) {
        var byChild = new java.util.HashMap<String, List<Registration>>();
        registrations.forEach(r -> byChild.computeIfAbsent(r.childId(), k -> new java.util.ArrayList<>()).add(r));
        var referralsByChild = new java.util.HashMap<String, List<Referral>>();
        referrals.forEach(r -> referralsByChild.computeIfAbsent(r.childId(), k -> new java.util.ArrayList<>()).add(r));
        return new HealthServiceFigures.Inputs(lookedAfter, byChild, referralsByChild, Map.of(), Map.of());
    }

    @Test
    void aReferralMadeInOneYearAndFirstSeenInTheNextWaitsInTheFirstAndIsSeenInTheSecond() {
        // referred 1 February 2024 (2023-24), first seen 15 May 2024 (2024-25): 104 days, within 18 weeks
        var referral = new Referral(1, "A", true, null, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 5, 15), 0);
        var trend = HealthServiceTrend.of(to -> inputs(Set.of("A"), List.of(), List.of(referral)), TODAY,
                LocalDate.of(2022, 6, 1));
        assertThat(trend).extracting(HealthServiceTrend.Year::label)
                .containsExactly("2022-23", "2023-24", "2024-25", "2025-26", "2026-27");
        var y2024 = trend.get(1);
        assertThat(y2024.asAt()).isEqualTo(LocalDate.of(2024, 3, 31));
        // on 31 March 2024 the child was still waiting; nobody was seen in 2023-24
        assertThat(y2024.value(HealthServiceMeasureCatalogue.STILL_WAITING).value()).isEqualByComparingTo("1");
        assertThat(y2024.value(HealthServiceMeasureCatalogue.SEEN_IN_18_WEEKS).denominator()).isZero();
        var y2025 = trend.get(2);
        assertThat(y2025.value(HealthServiceMeasureCatalogue.STILL_WAITING).value()).isEqualByComparingTo("0");
        var seen = y2025.value(HealthServiceMeasureCatalogue.SEEN_IN_18_WEEKS);
        assertThat(List.of(seen.numerator(), seen.denominator())).containsExactly(1L, 1L);
        // 104 days is 14.9 weeks
        assertThat(y2025.value(HealthServiceMeasureCatalogue.MEDIAN_WAIT).value()).isEqualByComparingTo("14.9");
        // the year after: neither waiting nor seen
        assertThat(trend.get(3).value(HealthServiceMeasureCatalogue.STILL_WAITING).value()).isEqualByComparingTo("0");
        assertThat(trend.get(3).value(HealthServiceMeasureCatalogue.SEEN_IN_18_WEEKS).denominator()).isZero();
    }

    @Test
    void aRegistrationCheckedOn31MarchCountsInTheYearEndingThatDayAndNotTheYearBefore() {
        var checked = new Registration("A", Service.GP, true, "Surgery", LocalDate.of(2025, 3, 31));
        var trend = HealthServiceTrend.of(to -> inputs(Set.of("A", "B"), List.of(checked), List.of()), TODAY,
                LocalDate.of(2022, 6, 1));
        var gp = trend.stream().map(y -> y.value(HealthServiceMeasureCatalogue.GP).value()).toList();
        // 2022-23 and 2023-24: not yet checked; 2024-25 on: 1 of the 2 children looked after
        assertThat(gp.get(0)).isEqualByComparingTo("0");
        assertThat(gp.get(1)).isEqualByComparingTo("0");
        assertThat(gp.get(2)).isEqualByComparingTo("50");
        assertThat(gp.get(4)).isEqualByComparingTo("50");
        // the year still running is counted as at today
        assertThat(trend.get(4).asAt()).isEqualTo(TODAY);
    }

    @Test
    void aLaterCheckFindingTheChildNotRegisteredCountsFromItsOwnYear() {
        var registered = new Registration("A", Service.DENTIST, true, null, LocalDate.of(2024, 3, 31));
        var lapsed = new Registration("A", Service.DENTIST, false, null, LocalDate.of(2024, 4, 1));
        var trend = HealthServiceTrend.of(to -> inputs(Set.of("A"), List.of(registered, lapsed), List.of()), TODAY,
                LocalDate.of(2022, 6, 1));
        assertThat(trend.get(1).value(HealthServiceMeasureCatalogue.DENTIST).value()).isEqualByComparingTo("100");
        assertThat(trend.get(2).value(HealthServiceMeasureCatalogue.DENTIST).value()).isEqualByComparingTo("0");
    }

    @Test
    void yearsBeforeTheHealthRecordsFirstEntryHaveNoFigureRatherThanNought() {
        var trend = HealthServiceTrend.of(to -> inputs(Set.of("A"), List.of(), List.of()), TODAY,
                LocalDate.of(2024, 3, 31));
        assertThat(trend).extracting(y -> y.values() == null).containsExactly(true, false, false, false, false);
        var none = HealthServiceTrend.of(to -> inputs(Set.of("A"), List.of(), List.of()), TODAY, null);
        assertThat(none).allMatch(y -> y.values() == null);
        assertThat(trend.get(1).value(HealthServiceMeasureCatalogue.GP).value()).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
