package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ourpromise.record.CareEpisode;

/**
 * Pupil Premium Plus worked by hand: eligibility at the edges of Reception and Year 11 (31 August and 1 September
 * birthdays) and of the financial year (31 March, 1 April), short breaks, the seed's £2,345 less £400 = £1,945,
 * a year with no rate set, and payments counted in the year they were paid.
 */
class PupilPremiumTests {

    private static final PupilPremiumSettings SETTINGS = new PupilPremiumSettings(null, BigDecimal.valueOf(400), 100);
    private static final FinancialYear FY2026 = new FinancialYear(2026);

    private static CareEpisode episode(LocalDate from, LocalDate to) {
        return new CareEpisode(from, "S", "C2", "N1", "U4", "PR1", to, to == null ? null : "E11", null, null, null, null);
    }

    private static CareEpisode shortBreak(LocalDate from) {
        return new CareEpisode(from, "S", "V3", "N1", "U4", "PR1", null, null, null, null, null, null);
    }

    private static final List<CareEpisode> ALL_YEAR = List.of(episode(LocalDate.of(2025, 1, 6), null));

    @Test
    void receptionToYear11InTheSchoolYearStartingInTheFinancialYear() {
        // school year 2026 to 2027: Year 11 are born 1 September 2010 to 31 August 2011; Reception 2021 to 2022
        assertThat(PupilPremium.eligible(LocalDate.of(2011, 8, 31), ALL_YEAR, FY2026)).isTrue();
        assertThat(PupilPremium.eligible(LocalDate.of(2010, 9, 1), ALL_YEAR, FY2026)).isTrue();
        assertThat(PupilPremium.eligible(LocalDate.of(2010, 8, 31), ALL_YEAR, FY2026)).isFalse();
        assertThat(PupilPremium.eligible(LocalDate.of(2022, 8, 31), ALL_YEAR, FY2026)).isTrue();
        assertThat(PupilPremium.eligible(LocalDate.of(2022, 9, 1), ALL_YEAR, FY2026)).isFalse();
    }

    @Test
    void lookedAfterOnADayOfTheFinancialYear() {
        var born = LocalDate.of(2015, 2, 28);
        // ceased on 1 April 2026: not looked after at the end of any day of 2026-27
        assertThat(PupilPremium.eligible(born, List.of(episode(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 4, 1))),
                FY2026)).isFalse();
        assertThat(PupilPremium.eligible(born, List.of(episode(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 4, 2))),
                FY2026)).isTrue();
        // started on 31 March 2027, the year's last day
        assertThat(PupilPremium.eligible(born, List.of(episode(LocalDate.of(2027, 3, 31), null)), FY2026)).isTrue();
        assertThat(PupilPremium.eligible(born, List.of(episode(LocalDate.of(2027, 4, 1), null)), FY2026)).isFalse();
        assertThat(PupilPremium.eligible(born, List.of(shortBreak(LocalDate.of(2025, 6, 1))), FY2026)).isFalse();
    }

    @Test
    void theSeedsRateLessTheTopSliceIsTheChildsAllocation() {
        var payments = List.of(
                new PupilPremiumPayment(1, "C1", "100001", LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 4),
                        BigDecimal.valueOf(600), "tuition"),
                new PupilPremiumPayment(2, "C1", "100001", LocalDate.of(2021, 1, 10), LocalDate.of(2021, 3, 31),
                        new BigDecimal("345.50"), "laptop"),
                // 1 April 2021 is the next financial year
                new PupilPremiumPayment(3, "C1", "100001", LocalDate.of(2021, 1, 10), LocalDate.of(2021, 4, 1),
                        BigDecimal.valueOf(900), "music"));
        var a = PupilPremium.allocation("C1", LocalDate.of(2012, 3, 14),
                List.of(episode(LocalDate.of(2019, 1, 6), null)), new FinancialYear(2020), SETTINGS, payments);
        assertThat(a.grant()).isEqualByComparingTo("2345");
        assertThat(a.topSlice()).isEqualByComparingTo("400");
        assertThat(a.allocation()).isEqualByComparingTo("1945");
        assertThat(a.paid()).isEqualByComparingTo("945.50");
        assertThat(a.left()).isEqualByComparingTo("999.50");
        assertThat(a.toppedUp()).isEqualByComparingTo("0");
    }

    @Test
    void aYearWithNoRateUsesTheLatestEarlierOneAndSaysSo() {
        assertThat(SETTINGS.rate(2024).perChild()).isEqualByComparingTo("2570");
        assertThat(SETTINGS.rate(2024).carriedForward()).isFalse();
        assertThat(SETTINGS.rate(2026).setFor()).isEqualTo(2024);
        assertThat(SETTINGS.rate(2026).carriedForward()).isTrue();
        var set = new PupilPremiumSettings(Map.of(2026, BigDecimal.valueOf(2700)), BigDecimal.valueOf(400), 100);
        assertThat(set.rate(2026).perChild()).isEqualByComparingTo("2700");
        assertThat(set.rate(2020).perChild()).isEqualByComparingTo("2345");
    }

    @Test
    void financialYearsRunFromAprilToMarch() {
        assertThat(FinancialYear.of(LocalDate.of(2026, 3, 31))).isEqualTo(new FinancialYear(2025));
        assertThat(FinancialYear.of(LocalDate.of(2026, 4, 1))).isEqualTo(new FinancialYear(2026));
        assertThat(new FinancialYear(2029).words()).isEqualTo("2029-30");
        assertThat(new FinancialYear(2099).words()).isEqualTo("2099-00");
        assertThat(PupilPremiumStatement.pounds(new BigDecimal("1945.00"))).isEqualTo("£1,945");
        assertThat(PupilPremiumStatement.pounds(new BigDecimal("999.5"))).isEqualTo("£999.50");
    }
}
