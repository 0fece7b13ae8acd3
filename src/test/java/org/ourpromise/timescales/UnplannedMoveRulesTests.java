package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourpromise.timescales.DeadlineRule.IRO_UNPLANNED_MOVE_REVIEW;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Local practice (decision 0035): a review within 28 calendar days of an unplanned move. Worked by hand: 28 days
 * after Monday 2 March 2026 is Monday 30 March; after Tuesday 31 March 2026 (Good Friday and Easter Monday follow,
 * but the days are calendar days) it is Tuesday 28 April; after Tuesday 1 February 2028 it is 29 February 2028; after
 * Christmas Day 2026 (a move on a bank holiday) it is Friday 22 January 2027.
 */
class UnplannedMoveRulesTests {

    @DisplayName("local practice: review within 28 days of an unplanned move, met by any review from the day of the move")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            carer asked, no review yet            | 2026-01-05 | 2026-03-02 | CREQB | ''                    | 2026-03-10 | IRO_UNPLANNED_MOVE_REVIEW 2026-03-30 DUE
            overdue the day after                 | 2026-01-05 | 2026-03-02 | CREQB | ''                    | 2026-03-31 | IRO_UNPLANNED_MOVE_REVIEW 2026-03-30 OVERDUE
            a review before the move does not count | 2026-01-05 | 2026-03-02 | ALLEG | 2026-03-01          | 2026-04-01 | IRO_UNPLANNED_MOVE_REVIEW 2026-03-30 OVERDUE
            a review on the day of the move does  | 2026-01-05 | 2026-03-02 | STAND | 2026-03-02            | 2026-04-01 | IRO_UNPLANNED_MOVE_REVIEW 2026-03-30 DONE_ON_TIME
            a move on 31 March, held on the 28th day | 2026-01-05 | 2026-03-31 | CHILD | 2026-04-28         | 2026-05-01 | IRO_UNPLANNED_MOVE_REVIEW 2026-04-28 DONE_ON_TIME
            a move on 31 March, held a day late   | 2026-01-05 | 2026-03-31 | CHILD | 2026-04-29            | 2026-05-01 | IRO_UNPLANNED_MOVE_REVIEW 2026-04-28 DONE_LATE
            due on 29 February 2028               | 2027-06-01 | 2028-02-01 | CREQO | ''                    | 2028-02-29 | IRO_UNPLANNED_MOVE_REVIEW 2028-02-29 DUE
            a move on Christmas Day               | 2026-06-01 | 2026-12-25 | APPRR | 2027-01-22            | 2027-02-01 | IRO_UNPLANNED_MOVE_REVIEW 2027-01-22 DONE_ON_TIME
            custody is unplanned                  | 2026-01-05 | 2026-03-02 | CUSTOD | ''                   | 2026-03-10 | IRO_UNPLANNED_MOVE_REVIEW 2026-03-30 DUE
            a planned move owes nothing           | 2026-01-05 | 2026-03-02 | CARPL | ''                    | 2026-04-10 | ''
            a carer resigning is planned          | 2026-01-05 | 2026-03-02 | CLOSE | ''                    | 2026-04-10 | ''
            """)
    void unplannedMoves(String why, String start, String moved, String reason, String reviews, String asAt, String expected) {
        var child = TestChild.bornOn("2012-01-01").inCareFrom(start).placementChange(moved, reason).reviews(reviews);
        assertThat(child.items(asAt, IRO_UNPLANNED_MOVE_REVIEW)).as(why).isEqualTo(TestChild.expected(expected));
    }

    @Test
    @DisplayName("not owed when care ended before it fell due, nor when the council turns the practice off")
    void notOwedAfterCareEndedOrWhenOff() {
        var child = TestChild.bornOn("2012-01-01").inCareFrom("2026-01-05").placementChange("2026-03-02", "CREQB");
        var ended = TestChild.bornOn("2012-01-01").inCareFrom("2026-01-05").placementChange("2026-03-02", "CREQB")
                .endsOn("2026-03-20", "E4A");
        assertThat(ended.items("2026-04-10", IRO_UNPLANNED_MOVE_REVIEW)).isEmpty();
        var d = TimescaleSettings.defaults();
        var off = new TimescaleSettings(d.ihaReferralWorkingDays(), d.iroDecisionsWorkingDays(), d.reviewRecordWorkingDays(),
                d.returnInterviewHours(), d.carePlanWorkingDays(), d.placementNotificationWorkingDays(), d.pepWorkingDays(),
                d.pepReviewMonths(), d.pepFromAge(), d.pepUntilAge(), d.dueSoonWorkingDays(),
                d.sameCarerMovesRestartVisits(), d.shortBreakFirstReviewMonths(), d.shortBreakReviewMonths(),
                d.shortBreakLapseMonths(), d.pathwayPlanUntilAge(), d.personalAdviserUntilAge(), d.iroMidwayChecks(), false);
        assertThat(child.items("2026-03-10", off, IRO_UNPLANNED_MOVE_REVIEW)).isEmpty();
        assertThat(child.items("2026-03-10", IRO_UNPLANNED_MOVE_REVIEW)).isNotEmpty();
    }
}
