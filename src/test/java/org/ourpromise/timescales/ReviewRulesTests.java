package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourpromise.timescales.DeadlineRule.IRO_DECISIONS;
import static org.ourpromise.timescales.DeadlineRule.IRO_MIDWAY_CHECK;
import static org.ourpromise.timescales.DeadlineRule.IRO_RECORD;
import static org.ourpromise.timescales.DeadlineRule.REVIEW_FIRST;
import static org.ourpromise.timescales.DeadlineRule.REVIEW_SECOND;
import static org.ourpromise.timescales.DeadlineRule.REVIEW_SUBSEQUENT;
import static org.ourpromise.timescales.DeadlineRule.SHORT_BREAK_REVIEW_FIRST;
import static org.ourpromise.timescales.DeadlineRule.SHORT_BREAK_REVIEW_SUBSEQUENT;

import java.time.LocalDate;
import org.ourpromise.record.PlanEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reviews of arrangements: CPR 2010 reg 33 (DOMAIN.md §3.2 rows 4–6, review chain algorithm), reg 48, IRO targets. */
class ReviewRulesTests {

    private static final DeadlineRule[] CHAIN = {REVIEW_FIRST, REVIEW_SECOND, REVIEW_SUBSEQUENT};

    @DisplayName("reg 33: first review 20 working days after the period starts, then 3 months, then 6, from the review held")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            none yet, due                                | 2024-02-09 | ''                               | 2024-03-01 | REVIEW_FIRST 2024-03-08 DUE
            due today is still due                       | 2024-02-09 | ''                               | 2024-03-08 | REVIEW_FIRST 2024-03-08 DUE
            overdue the day after                        | 2024-02-09 | ''                               | 2024-03-11 | REVIEW_FIRST 2024-03-08 OVERDUE
            20 WD across 29 Feb 2024, held on the day    | 2024-02-09 | 2024-03-08                       | 2024-04-01 | REVIEW_FIRST 2024-03-08 DONE_ON_TIME; REVIEW_SECOND 2024-06-08 DUE
            late first review moves the second           | 2024-02-09 | 2024-03-11 2024-06-11            | 2024-07-01 | REVIEW_FIRST 2024-03-08 DONE_LATE; REVIEW_SECOND 2024-06-11 DONE_ON_TIME; REVIEW_SUBSEQUENT 2024-12-11 DUE
            early reviews reset the clock                | 2024-02-09 | 2024-03-01 2024-04-15 2024-08-01 | 2024-09-01 | REVIEW_FIRST 2024-03-08 DONE_ON_TIME; REVIEW_SECOND 2024-06-01 DONE_ON_TIME; REVIEW_SUBSEQUENT 2024-10-15 DONE_ON_TIME; REVIEW_SUBSEQUENT 2025-02-01 DUE
            overdue second: next counts from last held   | 2024-02-09 | 2024-03-08                       | 2024-12-01 | REVIEW_FIRST 2024-03-08 DONE_ON_TIME; REVIEW_SECOND 2024-06-08 OVERDUE
            month end clamps: 29 Nov + 3 months, no leap | 2024-11-01 | 2024-11-29 2025-02-28            | 2025-03-01 | REVIEW_FIRST 2024-11-29 DONE_ON_TIME; REVIEW_SECOND 2025-02-28 DONE_ON_TIME; REVIEW_SUBSEQUENT 2025-08-28 DUE
            30 Nov + 3 months is 29 Feb in a leap year   | 2023-11-01 | 2023-11-30 2024-02-29 2024-08-31 | 2024-09-01 | REVIEW_FIRST 2023-11-29 DONE_LATE; REVIEW_SECOND 2024-02-29 DONE_ON_TIME; REVIEW_SUBSEQUENT 2024-08-29 DONE_LATE; REVIEW_SUBSEQUENT 2025-02-28 DUE
            20 WD across Christmas 2021 and New Year     | 2021-12-10 | 2022-01-12                       | 2022-01-13 | REVIEW_FIRST 2022-01-12 DONE_ON_TIME; REVIEW_SECOND 2022-04-12 DUE
            period starting on a substitute bank holiday | 2023-01-02 | 2023-01-30                       | 2023-02-01 | REVIEW_FIRST 2023-01-30 DONE_ON_TIME; REVIEW_SECOND 2023-04-30 DUE
            review before the period started is ignored  | 2024-02-09 | 2024-02-01                       | 2024-02-12 | REVIEW_FIRST 2024-03-08 DUE
            review after the as-at date is not seen      | 2024-02-09 | 2024-03-08                       | 2024-03-07 | REVIEW_FIRST 2024-03-08 DUE
            """)
    void reviewChain(String why, String start, String reviews, String asAt, String expected) {
        var child = TestChild.bornOn("2012-01-01").inCareFrom(start).reviews(reviews);
        assertThat(child.items(asAt, CHAIN)).as(why).isEqualTo(TestChild.expected(expected));
    }

    @Test
    @DisplayName("reg 33: a new period of care restarts the chain; a review missed before care ended stays overdue")
    void newPeriodRestartsTheChain() {
        var child = TestChild.bornOn("2012-01-01").inCare("2023-01-02", "2023-06-30", "E4A").inCareFrom("2024-01-15")
                .reviews("2023-01-20");
        assertThat(child.items("2024-02-20", CHAIN)).isEqualTo(
                "REVIEW_FIRST 2023-01-30 DONE_ON_TIME; REVIEW_SECOND 2023-04-20 OVERDUE; REVIEW_FIRST 2024-02-12 OVERDUE");
    }

    @Test
    @DisplayName("reg 33: a review falling due after care ended is not owed")
    void notOwedAfterCareEnded() {
        var child = TestChild.bornOn("2012-01-01").inCare("2023-01-02", "2023-03-01", "E4A").reviews("2023-01-20");
        assertThat(child.items("2024-01-01", CHAIN)).isEqualTo("REVIEW_FIRST 2023-01-30 DONE_ON_TIME");
    }

    @Test
    @DisplayName("reg 33: episodes joined by X1 are one period, so a placement move does not restart reviews")
    void placementMoveKeepsTheChain() {
        var child = TestChild.bornOn("2012-01-01").episode("2024-02-09", "S", "C2", "U6", "2024-03-01", "X1")
                .episode("2024-03-01", "P", "C2", "U4", null, null).reviews("2024-03-08");
        assertThat(child.items("2024-04-01", CHAIN))
                .isEqualTo("REVIEW_FIRST 2024-03-08 DONE_ON_TIME; REVIEW_SECOND 2024-06-08 DUE");
    }

    @DisplayName("reg 48: short breaks (V3/V4) review within 3 months of the first break, then 6-monthly, not the reg 33 chain")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            first review on time, next due      | 2024-01-05 | 2024-04-05 | 2024-05-01 | SHORT_BREAK_REVIEW_FIRST 2024-04-05 DONE_ON_TIME; SHORT_BREAK_REVIEW_SUBSEQUENT 2024-10-05 DUE
            missed before the arrangement lapsed | 2024-01-05 | 2024-04-05 | 2025-03-01 | SHORT_BREAK_REVIEW_FIRST 2024-04-05 DONE_ON_TIME; SHORT_BREAK_REVIEW_SUBSEQUENT 2024-10-05 OVERDUE
            next due after it lapsed: not owed   | 2024-01-05 | 2024-04-05 2024-10-01 | 2025-03-01 | SHORT_BREAK_REVIEW_FIRST 2024-04-05 DONE_ON_TIME; SHORT_BREAK_REVIEW_SUBSEQUENT 2024-10-05 DONE_ON_TIME
            30 Nov + 3 months = 29 Feb 2024      | 2023-11-30 | ''         | 2024-02-29 | SHORT_BREAK_REVIEW_FIRST 2024-02-29 DUE
            """)
    void shortBreaks(String why, String firstBreak, String reviews, String asAt, String expected) {
        var first = LocalDate.parse(firstBreak);
        var child = TestChild.bornOn("2012-01-01")
                .episode(firstBreak, "S", "V3", "U6", first.plusDays(3).toString(), "E8")
                .episode(first.plusDays(28).toString(), "S", "V3", "U6", first.plusDays(31).toString(), "E8")
                .reviews(reviews);
        assertThat(child.items(asAt, SHORT_BREAK_REVIEW_FIRST, SHORT_BREAK_REVIEW_SUBSEQUENT, REVIEW_FIRST))
                .as(why).isEqualTo(TestChild.expected(expected));
    }

    @DisplayName("§3.2 rows 11-12 local targets: IRO decisions in 5 working days, full record in 20")
    @ParameterizedTest(name = "[{index}] review {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-08 | 2024-03-15 | 2024-04-10 | 2024-05-01 | IRO_DECISIONS 2024-03-15 DONE_ON_TIME; IRO_RECORD 2024-04-09 DONE_LATE
            2024-03-08 | 2024-03-18 | 2024-04-09 | 2024-05-01 | IRO_DECISIONS 2024-03-15 DONE_LATE; IRO_RECORD 2024-04-09 DONE_ON_TIME
            2024-03-08 | ''         | ''         | 2024-03-15 | IRO_DECISIONS 2024-03-15 DUE; IRO_RECORD 2024-04-09 DUE
            2024-03-08 | ''         | ''         | 2024-04-10 | IRO_DECISIONS 2024-03-15 OVERDUE; IRO_RECORD 2024-04-09 OVERDUE
            2021-12-22 | 2021-12-31 | ''         | 2022-01-05 | IRO_DECISIONS 2021-12-31 DONE_ON_TIME; IRO_RECORD 2022-01-24 DUE
            """)
    void iroTargets(String review, String decisions, String record, String asAt, String expected) {
        var child = TestChild.bornOn("2012-01-01").inCareFrom("2021-01-04").review(review, decisions, record);
        assertThat(child.items(asAt, IRO_DECISIONS, IRO_RECORD)).isEqualTo(expected);
    }

    /*
     * Worked by hand. In care from Monday 5 January 2026, first review Thursday 29 January: the second is due 3 months
     * on, 29 April, 90 days later, so the midway check is due 45 days after the review, Sunday 15 March. After a
     * second review on 29 April the next is due 29 October (183 days): midway 91 days on, 29 July. Across 29 February:
     * a review on 31 August 2027 makes the next due 29 February 2028 (182 days), midway 30 November 2027.
     */
    @DisplayName("local practice: the IRO's midway check, halfway to the next review due, until the next review is held")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            due halfway, on a Sunday                   | 2026-01-29            | ''         | ''         | 2026-03-15 | IRO_MIDWAY_CHECK 2026-03-15 DUE
            overdue the day after                      | 2026-01-29            | ''         | ''         | 2026-03-16 | IRO_MIDWAY_CHECK 2026-03-15 OVERDUE
            done early                                 | 2026-01-29            | 2026-03-02 | ''         | 2026-04-01 | IRO_MIDWAY_CHECK 2026-03-15 DONE_ON_TIME
            done late, before the next review          | 2026-01-29            | 2026-03-20 | ''         | 2026-04-01 | IRO_MIDWAY_CHECK 2026-03-15 DONE_LATE
            a check on the day of the review is not it | 2026-01-29            | 2026-01-29 | ''         | 2026-03-16 | IRO_MIDWAY_CHECK 2026-03-15 OVERDUE
            each review starts its own check           | 2026-01-29 2026-04-29 | 2026-03-10 | ''         | 2026-07-30 | IRO_MIDWAY_CHECK 2026-03-15 DONE_ON_TIME; IRO_MIDWAY_CHECK 2026-07-29 OVERDUE
            missed, then the next review is held       | 2026-01-29 2026-04-29 | ''         | ''         | 2026-05-01 | IRO_MIDWAY_CHECK 2026-03-15 OVERDUE; IRO_MIDWAY_CHECK 2026-07-29 DUE
            an early next review means none was owed   | 2026-01-29 2026-03-10 | ''         | ''         | 2026-04-01 | IRO_MIDWAY_CHECK 2026-06-10 DUE
            not owed once care ended before it was due | 2026-01-29            | ''         | 2026-03-01 | 2026-04-01 | ''
            """)
    void midwayChecks(String why, String reviews, String checks, String ceased, String asAt, String expected) {
        var child = TestChild.bornOn("2012-01-01");
        child = ceased.isBlank() ? child.inCareFrom("2026-01-05") : child.inCare("2026-01-05", ceased, "E4A");
        child.reviews(reviews).plans(PlanEvent.Kind.IRO_MIDWAY_CHECK, checks);
        assertThat(child.items(asAt, IRO_MIDWAY_CHECK)).as(why).isEqualTo(TestChild.expected(expected));
    }

    @Test
    void midwayChecksAcross29FebruaryAndTurnedOff() {
        var child = TestChild.bornOn("2012-01-01").inCareFrom("2027-01-04").reviews("2027-01-29 2027-04-29 2027-08-31");
        assertThat(child.items("2027-12-01", IRO_MIDWAY_CHECK)).endsWith("IRO_MIDWAY_CHECK 2027-11-30 OVERDUE");
        var d = TimescaleSettings.defaults();
        var off = new TimescaleSettings(d.ihaReferralWorkingDays(), d.iroDecisionsWorkingDays(), d.reviewRecordWorkingDays(),
                d.returnInterviewHours(), d.carePlanWorkingDays(), d.placementNotificationWorkingDays(), d.pepWorkingDays(),
                d.pepReviewMonths(), d.pepFromAge(), d.pepUntilAge(), d.dueSoonWorkingDays(),
                d.sameCarerMovesRestartVisits(), d.shortBreakFirstReviewMonths(), d.shortBreakReviewMonths(),
                d.shortBreakLapseMonths(), d.pathwayPlanUntilAge(), d.personalAdviserUntilAge(), false);
        assertThat(child.items("2027-12-01", off, IRO_MIDWAY_CHECK)).isEmpty();
    }
}
