package org.ourpromise.leavers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.ourpromise.casefile.FormInput;

/**
 * Hand-worked: a young person born on 29 February 2004 turns 21 on 1 March 2025 (2025 has no 29 February), so
 * support to their former foster carer is paid up to and including 28 February 2025 and never after.
 */
class StayingArrangementsTests {

    private static final LocalDate LEAPLING = LocalDate.of(2004, 2, 29);

    private static LeavingCareOffer.StayingArrangement stayingPut(LocalDate from, @Nullable LocalDate to,
            String support, @Nullable LocalDate supportUntil) {
        return new LeavingCareOffer.StayingArrangement(1, "C1", LeavingCareOffer.Kind.STAYING_PUT, "Mr and Mrs Khan",
                from, to, new BigDecimal("300.00"), new BigDecimal(support), supportUntil, null, 0);
    }

    @Test
    void supportStopsOnTheFirstOfMarchForSomeoneBornOnTheTwentyNinthOfFebruary() {
        var a = stayingPut(LocalDate.of(2022, 3, 1), null, "100.00", null);
        assertThat(StayingArrangements.supportStops(a, LEAPLING)).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(StayingArrangements.weeklySupportOn(a, LEAPLING, LocalDate.of(2025, 2, 28))).isEqualByComparingTo("100");
        assertThat(StayingArrangements.weeklySupportOn(a, LEAPLING, LocalDate.of(2025, 3, 1))).isEqualByComparingTo("0");
        // 1 February to 31 March 2025: paid for 1 to 28 February only, 28 days = 4 weeks = £400.00
        assertThat(StayingArrangements.supportBetween(a, LEAPLING, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 1)))
                .isEqualByComparingTo("400.00");
        // the financial year 2024-25 (1 April 2024 to 31 March 2025): 1 April 2024 to 28 February 2025 is 334 days,
        // 334 / 7 x £100 = £4,771.43 (to the penny)
        assertThat(StayingArrangements.supportBetween(a, LEAPLING, LocalDate.of(2024, 4, 1), LocalDate.of(2025, 4, 1)))
                .isEqualByComparingTo("4771.43");
    }

    @Test
    void anEarlierEndOrLastDayOfSupportStopsItSoonerAndStayingCloseNeverPaysIt() {
        var ended = stayingPut(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 15), "70.00", null);
        // 1 to 14 January: 14 days = 2 weeks = £140
        assertThat(StayingArrangements.supportBetween(ended, LEAPLING, LocalDate.of(2023, 4, 1), LocalDate.of(2024, 4, 1)))
                .isEqualByComparingTo("140.00");
        var lastDay = stayingPut(LocalDate.of(2024, 1, 1), null, "70.00", LocalDate.of(2024, 1, 7));
        assertThat(StayingArrangements.supportBetween(lastDay, LEAPLING, LocalDate.of(2023, 4, 1), LocalDate.of(2024, 4, 1)))
                .isEqualByComparingTo("70.00");
        var close = new LeavingCareOffer.StayingArrangement(2, "C1", LeavingCareOffer.Kind.STAYING_CLOSE, "Provider",
                LocalDate.of(2024, 1, 1), null, new BigDecimal("250"), new BigDecimal("50"), null, null, 0);
        assertThat(StayingArrangements.weeklySupportOn(close, LEAPLING, LocalDate.of(2024, 2, 1))).isEqualByComparingTo("0");
    }

    @Test
    void monitoringIsDueMonthsAfterTheLastCheckOrTheStart() {
        var a = stayingPut(LocalDate.of(2024, 11, 30), null, "0", null);
        assertThat(StayingArrangements.monitoringDue(a, 3)).isEqualTo(LocalDate.of(2025, 2, 28));
        var checked = new LeavingCareOffer.StayingArrangement(1, "C1", LeavingCareOffer.Kind.STAYING_PUT, "C",
                a.started(), null, a.weeklyCost(), a.carerSupport(), null, LocalDate.of(2025, 1, 10), 0);
        assertThat(StayingArrangements.monitoringDue(checked, 3)).isEqualTo(LocalDate.of(2025, 4, 10));
    }

    private static Map<String, String> form(String kind, String support, String untilDay, String untilMonth,
            String untilYear) {
        var p = new HashMap<String, String>(Map.of("kind", kind, "carer", "Mr and Mrs Khan", "started-day", "1",
                "started-month", "3", "started-year", "2022", "weeklyCost", "300", "carerSupport", support,
                "version", "0"));
        p.put("supportUntil-day", untilDay);
        p.put("supportUntil-month", untilMonth);
        p.put("supportUntil-year", untilYear);
        return p;
    }

    @Test
    void theLastDayOfSupportMayBeTheTwentyEighthOfFebruaryButNotTheirTwentyFirstBirthday() {
        var today = LocalDate.of(2025, 6, 1);
        var ok = new FormInput(form("STAYING_PUT", "100", "28", "2", "2025"));
        assertThat(StayingArrangementForm.read(ok, "C1", LEAPLING, 0, today)).isNotNull();
        var refused = new FormInput(form("STAYING_PUT", "100", "1", "3", "2025"));
        assertThat(StayingArrangementForm.read(refused, "C1", LEAPLING, 0, today)).isNull();
        assertThat(refused.errors()).containsEntry("supportUntil", "Support to the former foster carer stops at 21:"
                + " the last day it is paid must be before their 21st birthday (1 March 2025)");
    }

    @Test
    void anEndBeforeTheStartACostBelowZeroAndSupportInStayingCloseAreRefusedInTheFormsOrder() {
        var p = form("STAYING_CLOSE", "20", "", "", "");
        p.putAll(Map.of("ended-day", "28", "ended-month", "2", "ended-year", "2022", "weeklyCost", "-5"));
        var in = new FormInput(p);
        assertThat(StayingArrangementForm.read(in, "C1", LEAPLING, 0, LocalDate.of(2025, 6, 1))).isNull();
        assertThat(in.errors().keySet()).containsExactly("ended", "weeklyCost", "carerSupport");
        assertThat(in.errors().get("weeklyCost")).isEqualTo("The weekly cost must be £0 or more");
        // support with a start on or after the 21st birthday
        var late = form("STAYING_PUT", "100", "", "", "");
        late.putAll(Map.of("started-day", "1", "started-month", "3", "started-year", "2025"));
        var lateIn = new FormInput(late);
        assertThat(StayingArrangementForm.read(lateIn, "C1", LEAPLING, 0, LocalDate.of(2025, 6, 1))).isNull();
        assertThat(lateIn.errors()).containsOnlyKeys("carerSupport");
    }
}
