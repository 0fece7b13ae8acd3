package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.record.PlanEvent;

/** Social worker visits, CPR 2010 reg 28 and reg 48 (DOMAIN.md §3.2 rows 19–24 and the visit schedule algorithm). */
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
                d.personalAdviserUntilAge(), d.iroMidwayChecks());
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

    /** Placed with an aunt (U3) under an interim care order on 10 Jan 2024, first review 1 Feb 2024. */
    private static TestChild withAunt() {
        return TestChild.bornOn("2012-01-01").episode("2024-01-10", "S", "C1", "U3", null, null).reviews("2024-02-01");
    }

    @DisplayName("reg 28(4), reg 24: a relative or friend temporarily approved: weekly until the first review, then 4-weekly until fully approved")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            approved from the start; 4 weeks across 29 Feb; due on Easter Monday | ''         | 2024-01-16 2024-01-23 2024-01-30 2024-02-05 2024-03-04            | 2024-03-10 | VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-01-17 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-01-23 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-01-30 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-02-06 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL 2024-03-04 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL 2024-04-01 DUE
            fully approved mid-chain: 6-weekly from the next visit; due on the May bank holiday | 2024-03-11 | 2024-01-16 2024-01-23 2024-01-30 2024-02-05 2024-03-04 2024-03-25 | 2024-04-10 | VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-01-17 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-01-23 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-01-30 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-02-06 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL 2024-03-04 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL 2024-04-01 DONE_ON_TIME; VISIT_FIRST_YEAR 2024-05-06 DUE
            fully approved the day after a visit: the 4 weeks already running stand | 2024-03-05 | 2024-01-16 2024-01-23 2024-01-30 2024-02-05 2024-03-04            | 2024-03-10 | VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-01-17 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-01-23 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-01-30 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-02-06 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL 2024-03-04 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL 2024-04-01 DUE
            fully approved on the day of a visit: that visit is under the standard rule | 2024-03-04 | 2024-01-16 2024-01-23 2024-01-30 2024-02-05 2024-03-04            | 2024-03-10 | VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-01-17 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-01-23 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-01-30 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-02-06 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL 2024-03-04 DONE_ON_TIME; VISIT_FIRST_YEAR 2024-04-15 DUE
            no visit in the second week: overdue weekly visit | ''         | 2024-01-16                                                        | 2024-01-24 | VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-01-17 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-01-23 OVERDUE
            """)
    void temporaryApproval(String why, String fullyApproved, String visits, String asAt, String expected) {
        var child = withAunt().plans(PlanEvent.Kind.CONNECTED_PERSON_TEMPORARY_APPROVAL, "2024-01-10")
                .plans(PlanEvent.Kind.CONNECTED_PERSON_APPROVED, fullyApproved).visits(visits);
        assertThat(child.items(asAt, VISITS)).as(why).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("reg 28(4): a temporary approval recorded after a visit shortens visits from the next visit, not the one running")
    void temporaryApprovalRecordedDuringThePlacement() {
        var child = withAunt().plans(PlanEvent.Kind.CONNECTED_PERSON_TEMPORARY_APPROVAL, "2024-01-15")
                .visits("2024-01-12 2024-01-20");
        assertThat(child.items("2024-01-25", VISITS)).isEqualTo("VISIT_FIRST_WEEK 2024-01-17 DONE_ON_TIME; "
                + "VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-01-27 DUE; VISIT_FIRST_YEAR 2024-02-23 DONE_ON_TIME");
    }

    @DisplayName("reg 28(4): the temporary approval belongs to its placement: a move restarts visits, a same-carer change (T) does not")
    @ParameterizedTest(name = "[{index}] RNE {0} to {1}, approvals {2}")
    @CsvSource(delimiter = '|', textBlock = """
            P | U6 | 2024-01-10            | VISIT_FIRST_WEEK 2024-02-27 DONE_ON_TIME; VISIT_FIRST_YEAR 2024-04-04 DUE
            P | U1 | 2024-01-10 2024-02-20 | VISIT_FIRST_WEEK 2024-02-27 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL 2024-03-21 DUE
            T | U1 | 2024-01-10            | VISIT_TEMPORARY_APPROVAL 2024-03-04 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL 2024-03-21 DUE
            """)
    void temporaryApprovalAndPlacementMoves(String rne, String placement, String approvals, String expectedAfterMove) {
        var child = TestChild.bornOn("2012-01-01").episode("2024-01-10", "S", "C1", "U3", "2024-02-20", "X1")
                .episode("2024-02-20", rne, "C1", placement, null, null).reviews("2024-02-01")
                .plans(PlanEvent.Kind.CONNECTED_PERSON_TEMPORARY_APPROVAL, approvals)
                .visits("2024-01-16 2024-01-23 2024-01-30 2024-02-05 2024-02-22");
        // the first placement's next 4-weekly visit (due 4 March) fell after it ended: nothing more is owed for it
        assertThat(child.items("2024-03-01", VISITS)).isEqualTo("VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-01-17 DONE_ON_TIME; "
                + "VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-01-23 DONE_ON_TIME; VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-01-30 DONE_ON_TIME; "
                + "VISIT_TEMPORARY_APPROVAL_WEEKLY 2024-02-06 DONE_ON_TIME; " + expectedAfterMove);
    }

    @DisplayName("reg 28(2)(b)(i) as amended: after the first year of a long-term placement, 6-monthly visits while the child agrees")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            agreed in the first year; 31 Aug + 6 months = 29 Feb     | U4 | 2023-06-15            | ''         | VISIT_LONG_TERM_CHILD_AGREED 2024-02-29 DUE
            agreed on the day of the visit                           | U4 | 2023-08-31            | ''         | VISIT_LONG_TERM_CHILD_AGREED 2024-02-29 DUE
            agreed the day after the visit: from the next visit      | U4 | 2023-09-01            | ''         | VISIT_LONG_TERM 2023-11-30 DUE
            withdrawn on the day of the visit                        | U4 | 2023-06-15            | 2023-08-31 | VISIT_LONG_TERM 2023-11-30 DUE
            agreed and withdrawn on one day: the withdrawal stands   | U4 | 2023-06-15            | 2023-06-15 | VISIT_LONG_TERM 2023-11-30 DUE
            withdrawn, then agreed again                             | U4 | 2023-06-15 2023-08-01 | 2023-07-01 | VISIT_LONG_TERM_CHILD_AGREED 2024-02-29 DUE
            not a long-term placement: agreement does not apply      | U6 | 2023-06-15            | ''         | VISIT_AFTER_FIRST_YEAR 2023-10-12 OVERDUE
            """)
    void childAgreesToSixMonthlyVisits(String why, String placement, String agreed, String withdrawn, String expected) {
        var child = TestChild.bornOn("2009-01-01").episode("2022-08-01", "S", "C2", placement, null, null)
                .visits("2022-08-03 2023-08-31").plans(PlanEvent.Kind.CHILD_AGREED_SIX_MONTHLY_VISITS, agreed)
                .plans(PlanEvent.Kind.CHILD_AGREEMENT_WITHDRAWN, withdrawn);
        assertThat(child.items("2023-11-01", VISITS)).as(why).isEqualTo("VISIT_FIRST_WEEK 2022-08-08 DONE_ON_TIME; "
                + "VISIT_FIRST_YEAR 2022-09-14 DONE_LATE; " + expected);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("reg 28(2)(b)(i): a withdrawal returns visits to 3-monthly from the next visit")
    void childWithdrawsAgreement() {
        var child = TestChild.bornOn("2009-01-01").episode("2022-08-01", "S", "C2", "U4", null, null)
                .visits("2022-08-03 2023-08-31 2024-01-15")
                .plans(PlanEvent.Kind.CHILD_AGREED_SIX_MONTHLY_VISITS, "2023-06-15")
                .plans(PlanEvent.Kind.CHILD_AGREEMENT_WITHDRAWN, "2023-10-01");
        assertThat(child.items("2024-02-01", VISITS)).isEqualTo("VISIT_FIRST_WEEK 2022-08-08 DONE_ON_TIME; "
                + "VISIT_FIRST_YEAR 2022-09-14 DONE_LATE; VISIT_LONG_TERM_CHILD_AGREED 2024-02-29 DONE_ON_TIME; "
                + "VISIT_LONG_TERM 2024-04-15 DUE");
    }

    @DisplayName("reg 28(2)(b)(i): the child's agreement stays with the placement it was given in; 31 Mar + 6 months = 30 Sep")
    @ParameterizedTest(name = "[{index}] agreed {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-02-01 | VISIT_LONG_TERM 2024-06-30 DUE
            2023-02-28 | VISIT_LONG_TERM 2024-06-30 DUE
            2023-03-01 | VISIT_LONG_TERM_CHILD_AGREED 2024-09-30 DUE
            """)
    void childAgreementAndPlacementMoves(String agreed, String expected) {
        var child = TestChild.bornOn("2009-01-01").episode("2021-01-04", "S", "C2", "U4", "2023-03-01", "X1")
                .episode("2023-03-01", "P", "C2", "U4", null, null).visits("2023-03-03 2024-03-31")
                .plans(PlanEvent.Kind.CHILD_AGREED_SIX_MONTHLY_VISITS, agreed);
        var all = child.items("2024-04-10", VISITS).split("; ");
        assertThat(all[all.length - 1]).isEqualTo(expected);
    }

    private static final String BREAKS = "2024-01-05/2024-01-07 2024-02-02/2024-02-04 2024-03-01/2024-03-03 2024-03-29/2024-03-31";

    @DisplayName("reg 48(3)(c): short-break visits at the agreed interval, met only by a visit on a day the child is placed")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            every 4 weeks; the last day of a break counts; due on Good Friday | 2024-01-06 2024-02-01 2024-02-04 2024-03-01 | VISIT_SHORT_BREAK 2024-02-02 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-02-03 DONE_LATE; VISIT_SHORT_BREAK 2024-03-03 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-03-29 DUE
            a visit between breaks does not count                            | 2024-01-06 2024-02-01                       | VISIT_SHORT_BREAK 2024-02-02 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-02-03 OVERDUE
            nor the day after a break ended                                  | 2024-01-07 2024-01-08                       | VISIT_SHORT_BREAK 2024-02-02 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-02-04 OVERDUE
            """)
    void shortBreakVisits(String why, String visits, String expected) {
        var child = TestChild.bornOn("2015-06-01").shortBreaks(BREAKS).shortBreakVisitsAgreed("2024-01-05", 4).visits(visits);
        assertThat(child.items("2024-03-20", VISITS)).as(why).isEqualTo(expected);
    }

    @DisplayName("reg 48(3)(c): the interval in force on the day of each visit; an agreement made before the first break counts from it")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            before the first break, 6 weeks | 2023-12-20 6              | VISIT_SHORT_BREAK 2024-02-16 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-02-17 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-03-16 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-04-13 DUE
            6 weeks, then 3 weeks from 10 Feb | 2024-01-05 6 2024-02-10 3 | VISIT_SHORT_BREAK 2024-02-16 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-02-17 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-03-16 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-03-23 DUE
            agreed between breaks             | 2024-01-20 6              | VISIT_SHORT_BREAK 2024-03-02 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-03-16 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-04-13 DUE
            """)
    void shortBreakAgreements(String why, String agreements, String expected) {
        var child = TestChild.bornOn("2015-06-01").shortBreaks(BREAKS).visits("2024-01-06 2024-02-03 2024-03-02");
        var parts = agreements.strip().split("\\s+");
        for (int i = 0; i < parts.length; i += 2) {
            child.shortBreakVisitsAgreed(parts[i], Integer.parseInt(parts[i + 1]));
        }
        assertThat(child.items("2024-03-20", VISITS)).as(why).isEqualTo(expected);
    }

    @DisplayName("reg 48: the chain stops when the arrangement lapses or care begins; a new series needs a new agreement")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            breaks stop: the visit due before the lapse stays overdue | ''                    | ''         | 2024-06-01 | VISIT_SHORT_BREAK 2024-02-16 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-02-17 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-03-16 OVERDUE
            after the lapse (4 Feb 2025), nothing more               | ''                    | ''         | 2025-06-01 | VISIT_SHORT_BREAK 2024-02-16 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-02-17 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-03-16 OVERDUE
            care begins 10 Mar: the visit due 16 Mar is not owed     | ''                    | 2024-03-10 | 2024-06-01 | VISIT_SHORT_BREAK 2024-02-16 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-02-17 DONE_ON_TIME
            new breaks after the lapse, no new agreement             | 2025-06-06/2025-06-08 | ''         | 2025-07-01 | VISIT_SHORT_BREAK 2024-02-16 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-02-17 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-03-16 OVERDUE
            """)
    void shortBreakArrangementLapses(String why, String laterBreaks, String careFrom, String asAt, String expected) {
        var child = TestChild.bornOn("2015-06-01").shortBreaks("2024-01-05/2024-01-07 2024-02-02/2024-02-04 " + laterBreaks)
                .shortBreakVisitsAgreed("2024-01-05", 6).visits("2024-01-06 2024-02-03 2025-06-07");
        if (!careFrom.isBlank()) {
            child.inCareFrom(careFrom);
        }
        assertThat(child.items(asAt, DeadlineRule.VISIT_SHORT_BREAK)).as(why).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("reg 48: a new agreement for a new series of breaks starts a new chain")
    void newShortBreakSeriesWithItsOwnAgreement() {
        var child = TestChild.bornOn("2015-06-01").shortBreaks("2024-01-05/2024-01-07 2024-02-02/2024-02-04 2025-06-06/2025-06-08")
                .shortBreakVisitsAgreed("2024-01-05", 6).shortBreakVisitsAgreed("2025-06-06", 4)
                .visits("2024-01-06 2024-02-03 2025-06-07");
        assertThat(child.items("2025-07-01", DeadlineRule.VISIT_SHORT_BREAK)).isEqualTo("VISIT_SHORT_BREAK 2024-02-16 DONE_ON_TIME; "
                + "VISIT_SHORT_BREAK 2024-02-17 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-03-16 OVERDUE; "
                + "VISIT_SHORT_BREAK 2025-07-04 DONE_ON_TIME; VISIT_SHORT_BREAK 2025-07-05 DUE");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("reg 48 with V4 (the agreement recorded, not each break): any day while it is open counts, not the day it ends")
    void shortBreakAgreementEpisode() {
        var child = TestChild.bornOn("2015-06-01").episode("2024-01-01", "S", "V4", "U6", "2024-07-01", "E4A")
                .shortBreakVisitsAgreed("2024-01-01", 6).visits("2024-02-10 2024-03-20 2024-07-01");
        assertThat(child.items("2024-08-01", VISITS)).isEqualTo("VISIT_SHORT_BREAK 2024-02-12 DONE_ON_TIME; "
                + "VISIT_SHORT_BREAK 2024-03-23 DONE_ON_TIME; VISIT_SHORT_BREAK 2024-05-01 OVERDUE");
    }
}
