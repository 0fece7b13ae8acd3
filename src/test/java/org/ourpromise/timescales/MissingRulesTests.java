package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourpromise.timescales.DeadlineRule.RETURN_INTERVIEW;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Return home interviews within 72 hours of return, DOMAIN.md §3.2 row 31. */
class MissingRulesTests {

    @DisplayName("§3.2 row 31: return interview within 72 hours (3 calendar days) of the return; declined counts when offered")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            held on the third day             | 2024-03-28 | ''         | 2024-03-31 | false | 2024-04-05 | RETURN_INTERVIEW 2024-03-31 DONE_ON_TIME
            held on the fourth day            | 2024-03-28 | ''         | 2024-04-01 | false | 2024-04-05 | RETURN_INTERVIEW 2024-03-31 DONE_LATE
            offered and declined              | 2024-03-28 | 2024-03-29 | ''         | true  | 2024-04-05 | RETURN_INTERVIEW 2024-03-31 DONE_ON_TIME
            declined, no offer date           | 2024-03-28 | ''         | ''         | true  | 2024-04-05 | RETURN_INTERVIEW 2024-03-31 OVERDUE
            not yet held                      | 2024-03-28 | ''         | ''         | false | 2024-03-31 | RETURN_INTERVIEW 2024-03-31 DUE
            across 29 Feb 2024                | 2024-02-27 | ''         | ''         | false | 2024-02-28 | RETURN_INTERVIEW 2024-03-01 DUE
            across 28 Feb 2023                | 2023-02-27 | ''         | ''         | false | 2023-02-28 | RETURN_INTERVIEW 2023-03-02 DUE
            returned after the as-at date     | 2024-03-28 | ''         | ''         | false | 2024-03-27 | ''
            """)
    void returnInterview(String why, String returned, String offered, String held, boolean declined, String asAt,
            String expected) {
        var child = TestChild.bornOn("2010-01-01").inCareFrom("2023-01-03")
                .missing(LocalDate.parse(returned).minusDays(1).toString(), returned, offered, held, declined);
        assertThat(child.items(asAt, RETURN_INTERVIEW)).as(why).isEqualTo(expected);
    }

    @Test
    @DisplayName("§3.2 row 31: still missing, nothing is due yet; 48 hours as a local setting gives 2 days")
    void stillMissingAndSettings() {
        var child = TestChild.bornOn("2010-01-01").inCareFrom("2023-01-03").missing("2024-03-20", null, null, null, false);
        assertThat(child.items("2024-04-05", RETURN_INTERVIEW)).isEmpty();
        var d = TimescaleSettings.defaults();
        var fortyEight = new TimescaleSettings(d.ihaReferralWorkingDays(), d.iroDecisionsWorkingDays(),
                d.reviewRecordWorkingDays(), 48, d.carePlanWorkingDays(), d.placementNotificationWorkingDays(),
                d.pepWorkingDays(), d.pepReviewMonths(), d.pepFromAge(), d.pepUntilAge(), d.dueSoonWorkingDays(),
                d.sameCarerMovesRestartVisits(), d.shortBreakFirstReviewMonths(), d.shortBreakReviewMonths(),
                d.shortBreakLapseMonths(), d.pathwayPlanUntilAge(), d.personalAdviserUntilAge(), d.iroMidwayChecks());
        var returned = TestChild.bornOn("2010-01-01").inCareFrom("2023-01-03")
                .missing("2024-03-27", "2024-03-28", null, null, false);
        assertThat(returned.items("2024-03-29", fortyEight, RETURN_INTERVIEW)).isEqualTo("RETURN_INTERVIEW 2024-03-30 DUE");
    }
}
