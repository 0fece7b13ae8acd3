package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourpromise.timescales.DeadlineRule.DENTAL;
import static org.ourpromise.timescales.DeadlineRule.IHA;
import static org.ourpromise.timescales.DeadlineRule.IHA_REFERRAL;
import static org.ourpromise.timescales.DeadlineRule.RHA_5_PLUS;
import static org.ourpromise.timescales.DeadlineRule.RHA_UNDER_5;
import static org.ourpromise.timescales.DeadlineRule.SDQ;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.record.HealthEvent.Kind;

/** Health deadlines, DOMAIN.md §3.2 rows 13–17. */
class HealthRulesTests {

    @DisplayName("§3.2 row 14 (local): IHA referral within 2 working days (48 hours) of becoming looked after")
    @ParameterizedTest(name = "[{index}] start {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-28 | 2024-04-03 | 2024-04-10 | IHA_REFERRAL 2024-04-03 DONE_ON_TIME
            2024-03-28 | 2024-04-04 | 2024-04-10 | IHA_REFERRAL 2024-04-03 DONE_LATE
            2021-12-23 | ''         | 2021-12-29 | IHA_REFERRAL 2021-12-29 DUE
            2021-12-23 | ''         | 2021-12-30 | IHA_REFERRAL 2021-12-29 OVERDUE
            2024-03-28 | 2024-03-27 | 2024-04-10 | IHA_REFERRAL 2024-04-03 DONE_ON_TIME
            """)
    void ihaReferral(String start, String referral, String asAt, String expected) {
        var child = TestChild.bornOn("2012-01-01").inCareFrom(start).health(Kind.HEALTH_ASSESSMENT_REFERRAL, referral);
        assertThat(child.items(asAt, IHA_REFERRAL)).isEqualTo(expected);
    }

    @DisplayName("reg 7: IHA before the first review (20 WD), then every 6 months under 5 and 12 months from 5")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            IHA across Christmas 2021       | 2015-06-15 | 2021-12-10 | 2022-01-12                                  | 2022-02-01 | IHA 2022-01-12 DONE_ON_TIME; RHA_5_PLUS 2023-01-12 DUE
            IHA overdue                     | 2015-06-15 | 2021-12-10 | ''                                          | 2022-01-13 | IHA 2022-01-12 OVERDUE
            under 5 then 5 (clamp 31 Aug)   | 2020-06-15 | 2024-02-09 | 2024-03-01 2024-08-31 2025-02-28 2025-08-01 | 2025-09-01 | IHA 2024-03-08 DONE_ON_TIME; RHA_UNDER_5 2024-09-01 DONE_ON_TIME; RHA_UNDER_5 2025-02-28 DONE_ON_TIME; RHA_UNDER_5 2025-08-28 DONE_ON_TIME; RHA_5_PLUS 2026-08-01 DUE
            born 29 Feb: 4 on 28 Feb 2025   | 2020-02-29 | 2024-02-09 | 2024-03-01 2024-09-01 2025-02-28            | 2025-03-01 | IHA 2024-03-08 DONE_ON_TIME; RHA_UNDER_5 2024-09-01 DONE_ON_TIME; RHA_UNDER_5 2025-03-01 DONE_ON_TIME; RHA_UNDER_5 2025-08-28 DUE
            born 29 Feb: 5 on 1 Mar 2025    | 2020-02-29 | 2024-02-09 | 2024-03-01 2024-09-01 2025-03-01            | 2025-03-02 | IHA 2024-03-08 DONE_ON_TIME; RHA_UNDER_5 2024-09-01 DONE_ON_TIME; RHA_UNDER_5 2025-03-01 DONE_ON_TIME; RHA_5_PLUS 2026-03-01 DUE
            """)
    void healthAssessments(String why, String dob, String start, String held, String asAt, String expected) {
        var child = TestChild.bornOn(dob).inCareFrom(start).health(Kind.HEALTH_ASSESSMENT, held);
        assertThat(child.items(asAt, IHA, RHA_UNDER_5, RHA_5_PLUS)).as(why).isEqualTo(expected);
    }

    @DisplayName("§3.2 row 16: dental check within 12 months of becoming looked after, then 12-monthly (29 Feb clamps)")
    @ParameterizedTest(name = "[{index}] checks {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-02-29 | 2025-03-01 | 2025-06-01 | DENTAL 2025-02-28 DONE_LATE; DENTAL 2026-03-01 DUE
            2024-02-29 | ''         | 2025-02-28 | DENTAL 2025-02-28 DUE
            2024-02-29 | 2024-01-15 | 2025-03-01 | DENTAL 2025-02-28 OVERDUE
            """)
    void dental(String start, String checks, String asAt, String expected) {
        var child = TestChild.bornOn("2012-01-01").inCareFrom(start).health(Kind.DENTAL_CHECK, checks);
        assertThat(child.items(asAt, DENTAL)).isEqualTo(expected);
    }

    @DisplayName("§3.2 row 17: SDQ 12-monthly for ages 4 to 16: from the 4th birthday, none due from the 17th (29 Feb -> 1 Mar)")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            reaches 4 in care              | 2020-05-10 | 2023-01-09 | ''                                          | 2024-06-01 | SDQ 2025-05-10 DUE
            under 4, nothing yet           | 2020-05-10 | 2023-01-09 | ''                                          | 2024-05-09 | ''
            enters care at 16.5: none due  | 2008-01-15 | 2024-07-01 | ''                                          | 2025-01-01 | ''
            born 29 Feb, 17 on 1 Mar 2025  | 2008-02-29 | 2020-01-06 | 2021-01-05 2022-01-05 2023-01-05 2024-02-29 | 2025-03-05 | SDQ 2021-01-06 DONE_ON_TIME; SDQ 2022-01-05 DONE_ON_TIME; SDQ 2023-01-05 DONE_ON_TIME; SDQ 2024-01-05 DONE_LATE; SDQ 2025-02-28 OVERDUE
            last one at 16 ends the chain  | 2008-05-10 | 2020-01-06 | 2021-01-05 2022-01-05 2023-01-05 2024-06-01 | 2025-03-05 | SDQ 2021-01-06 DONE_ON_TIME; SDQ 2022-01-05 DONE_ON_TIME; SDQ 2023-01-05 DONE_ON_TIME; SDQ 2024-01-05 DONE_LATE
            """)
    void sdq(String why, String dob, String start, String scores, String asAt, String expected) {
        var child = TestChild.bornOn(dob).inCareFrom(start).health(Kind.SDQ_SCORE, scores);
        assertThat(child.items(asAt, SDQ)).as(why).isEqualTo(expected);
    }
}
