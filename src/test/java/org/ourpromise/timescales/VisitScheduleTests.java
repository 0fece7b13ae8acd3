package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.record.PlanEvent;

/** Social worker visits, CPR 2010 reg 28 (DOMAIN.md §3.2 rows 19–22 and the visit schedule algorithm). */
class VisitScheduleTests {

    private static final DeadlineRule[] VISITS = Arrays.stream(DeadlineRule.values())
            .filter(r -> r.name().startsWith("VISIT_")).toArray(DeadlineRule[]::new);

    @DisplayName("reg 28(2): within a week of the placement, 6-weekly in its first year, then 3-monthly if long-term else 6-weekly")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            week, 6 weeks on the day, late     | U6 | 2024-01-10 | 2024-01-17 2024-02-28 2024-04-15 | 2024-05-01 | VISIT_FIRST_WEEK 2024-01-17 DONE_ON_TIME; VISIT_FIRST_YEAR 2024-02-28 DONE_ON_TIME; VISIT_FIRST_YEAR 2024-04-10 DONE_LATE; VISIT_FIRST_YEAR 2024-05-27 DUE
            no visit yet                       | U6 | 2024-01-10 | ''                               | 2024-01-17 | VISIT_FIRST_WEEK 2024-01-17 DUE
            no visit in the first week         | U6 | 2024-01-10 | ''                               | 2024-01-18 | VISIT_FIRST_WEEK 2024-01-17 OVERDUE
            visit on the day of placement      | U6 | 2024-01-10 | 2024-01-10                       | 2024-01-18 | VISIT_FIRST_WEEK 2024-01-17 DONE_ON_TIME; VISIT_FIRST_YEAR 2024-02-21 DUE
            last visit the day before 1st anniversary | U6 | 2023-01-10 | 2023-01-12 2024-01-09     | 2024-02-01 | VISIT_FIRST_WEEK 2023-01-17 DONE_ON_TIME; VISIT_FIRST_YEAR 2023-02-23 DONE_LATE; VISIT_FIRST_YEAR 2024-02-20 DUE
            after the first year, not long-term | U6 | 2023-01-10 | 2023-01-12 2024-01-10            | 2024-02-01 | VISIT_FIRST_WEEK 2023-01-17 DONE_ON_TIME; VISIT_FIRST_YEAR 2023-02-23 DONE_LATE; VISIT_AFTER_FIRST_YEAR 2024-02-21 DUE
            after the first year, long-term U4 | U4 | 2023-01-10 | 2023-01-12 2024-01-10            | 2024-02-01 | VISIT_FIRST_WEEK 2023-01-17 DONE_ON_TIME; VISIT_FIRST_YEAR 2023-02-23 DONE_LATE; VISIT_LONG_TERM 2024-04-10 DUE
            long-term: 30 Nov + 3 months = 29 Feb | U1 | 2022-11-01 | 2022-11-03 2023-11-30          | 2023-12-01 | VISIT_FIRST_WEEK 2022-11-08 DONE_ON_TIME; VISIT_FIRST_YEAR 2022-12-15 DONE_LATE; VISIT_LONG_TERM 2024-02-29 DUE
            """)
    void standard(String why, String placement, String start, String visits, String asAt, String expected) {
        var child = TestChild.bornOn("2012-01-01").episode(start, "S", "C2", placement, null, null).visits(visits);
        assertThat(child.items(asAt, VISITS)).as(why).isEqualTo(TestChild.expected(expected));
    }

    @DisplayName("reg 28(2)(b)(i): a care plan naming the placement long-term gives 3-monthly visits after the first year")
    @ParameterizedTest(name = "[{index}] agreed {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-06-01 | VISIT_LONG_TERM 2024-04-10 DUE
            2024-01-11 | VISIT_AFTER_FIRST_YEAR 2024-02-21 DUE
            2022-12-01 | VISIT_AFTER_FIRST_YEAR 2024-02-21 DUE
            """)
    void longTermByCarePlan(String agreed, String expected) {
        var child = TestChild.bornOn("2012-01-01").episode("2022-12-01", "S", "C2", "U6", "2023-01-10", "X1")
                .episode("2023-01-10", "P", "C2", "U6", null, null).visits("2022-12-02 2022-12-20 2023-01-12 2024-01-10")
                .plans(PlanEvent.Kind.LONG_TERM_PLACEMENT_AGREED, agreed);
        var all = child.items("2024-02-01", VISITS).split("; ");
        assertThat(all[all.length - 1]).isEqualTo(expected);
    }

    @DisplayName("§3.2 visit algorithm: a new placement (RNE P) restarts visits; T keeps them unless the settings say otherwise")
    @ParameterizedTest(name = "[{index}] RNE {0}, T/U restart {1}")
    @CsvSource(delimiter = '|', textBlock = """
            P | false | 2024-01-15 2024-02-20 2024-03-05 | VISIT_FIRST_WEEK 2024-01-17 DONE_ON_TIME; VISIT_FIRST_YEAR 2024-02-26 DONE_ON_TIME; VISIT_FIRST_WEEK 2024-03-08 DONE_ON_TIME; VISIT_FIRST_YEAR 2024-04-16 DUE
            T | false | 2024-01-15 2024-02-20 2024-03-05 | VISIT_FIRST_WEEK 2024-01-17 DONE_ON_TIME; VISIT_FIRST_YEAR 2024-02-26 DONE_ON_TIME; VISIT_FIRST_YEAR 2024-04-02 DONE_ON_TIME; VISIT_FIRST_YEAR 2024-04-16 DUE
            T | true  | 2024-01-15 2024-02-20 2024-03-05 | VISIT_FIRST_WEEK 2024-01-17 DONE_ON_TIME; VISIT_FIRST_YEAR 2024-02-26 DONE_ON_TIME; VISIT_FIRST_WEEK 2024-03-08 DONE_ON_TIME; VISIT_FIRST_YEAR 2024-04-16 DUE
            L | false | 2024-01-15 2024-02-20 2024-03-05 | VISIT_FIRST_WEEK 2024-01-17 DONE_ON_TIME; VISIT_FIRST_YEAR 2024-02-26 DONE_ON_TIME; VISIT_FIRST_YEAR 2024-04-02 DONE_ON_TIME; VISIT_FIRST_YEAR 2024-04-16 DUE
            P | false | 2024-01-15                       | VISIT_FIRST_WEEK 2024-01-17 DONE_ON_TIME; VISIT_FIRST_YEAR 2024-02-26 OVERDUE; VISIT_FIRST_WEEK 2024-03-08 OVERDUE
            """)
    void placementMoves(String rne, boolean sameCarerRestarts, String visits, String expected) {
        var d = TimescaleSettings.defaults();
        var settings = new TimescaleSettings(d.ihaReferralWorkingDays(), d.iroDecisionsWorkingDays(),
                d.reviewRecordWorkingDays(), d.returnInterviewHours(), d.carePlanWorkingDays(),
                d.placementNotificationWorkingDays(), d.pepWorkingDays(), d.pepReviewMonths(), d.pepFromAge(),
                d.pepUntilAge(), d.dueSoonWorkingDays(), sameCarerRestarts, d.shortBreakFirstReviewMonths(),
                d.shortBreakReviewMonths(), d.shortBreakLapseMonths(), d.pathwayPlanUntilAge(),
                d.personalAdviserUntilAge());
        var child = TestChild.bornOn("2012-01-01").episode("2024-01-10", "S", "C2", "U6", "2024-03-01", "X1")
                .episode("2024-03-01", rne, rne.equals("L") ? "C1" : "C2", "U6", null, null).visits(visits);
        assertThat(child.items("2024-03-20", settings, VISITS)).isEqualTo(expected);
    }

    @DisplayName("reg 28(3)-(5): with a parent (P1): weekly until the first review, then 6 weeks (reg 19), 4 weeks (ICO), 6 weeks (care order)")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            V2 | VISIT_WITH_PARENT_WEEKLY 2024-01-17 DONE_ON_TIME; VISIT_WITH_PARENT_WEEKLY 2024-01-23 DONE_ON_TIME; VISIT_WITH_PARENT_WEEKLY 2024-01-30 DONE_LATE; VISIT_WITH_PARENT 2024-03-18 DUE
            C1 | VISIT_ICO_WITH_PARENT_WEEKLY 2024-01-17 DONE_ON_TIME; VISIT_ICO_WITH_PARENT_WEEKLY 2024-01-23 DONE_ON_TIME; VISIT_ICO_WITH_PARENT_WEEKLY 2024-01-30 DONE_LATE; VISIT_ICO_WITH_PARENT 2024-03-04 DUE
            C2 | VISIT_FIRST_WEEK 2024-01-17 DONE_ON_TIME; VISIT_CARE_ORDER_WITH_PARENT 2024-02-27 DONE_ON_TIME; VISIT_CARE_ORDER_WITH_PARENT 2024-03-05 DONE_ON_TIME; VISIT_CARE_ORDER_WITH_PARENT 2024-03-18 DUE
            """)
    void withParent(String legalStatus, String expected) {
        var child = TestChild.bornOn("2012-01-01").episode("2024-01-10", "S", legalStatus, "P1", null, null)
                .reviews("2024-02-01").visits("2024-01-16 2024-01-23 2024-02-05");
        assertThat(child.items("2024-02-10", VISITS)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("reg 28(5): a care order made while living with a parent restarts visits: within a week of the order")
    void careOrderMadeWhileWithParent() {
        var child = TestChild.bornOn("2012-01-01").episode("2024-01-10", "S", "C1", "P1", "2024-03-01", "X1")
                .episode("2024-03-01", "L", "C2", "P1", null, null).reviews("2024-02-01")
                .visits("2024-01-16 2024-01-23 2024-01-30 2024-02-20 2024-03-06");
        assertThat(child.items("2024-03-10", VISITS)).isEqualTo("VISIT_ICO_WITH_PARENT_WEEKLY 2024-01-17 DONE_ON_TIME; "
                + "VISIT_ICO_WITH_PARENT_WEEKLY 2024-01-23 DONE_ON_TIME; VISIT_ICO_WITH_PARENT_WEEKLY 2024-01-30 DONE_ON_TIME; "
                + "VISIT_ICO_WITH_PARENT_WEEKLY 2024-02-06 DONE_LATE; VISIT_CARE_ORDER_WITH_PARENT_FIRST_WEEK 2024-03-08 DONE_ON_TIME; "
                + "VISIT_CARE_ORDER_WITH_PARENT 2024-04-17 DUE");
    }
}
