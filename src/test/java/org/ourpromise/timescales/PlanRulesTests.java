package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourpromise.timescales.DeadlineRule.CARE_PLAN;
import static org.ourpromise.timescales.DeadlineRule.PERMANENCE_PLAN;
import static org.ourpromise.timescales.DeadlineRule.PLACEMENT_NOTIFICATION;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.record.PlanEvent;

/** Care plan (reg 4(2)), permanence plan (by the second review), placement notification (reg 13): §3.2 rows 1, 2, 9. */
class PlanRulesTests {

    @DisplayName("reg 4(2): care plan within 10 working days of the period's start (across Easter 2024), or before it")
    @ParameterizedTest(name = "[{index}] plan {0} as at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-04-09 | 2024-05-01 | CARE_PLAN 2024-04-09 DONE_ON_TIME
            2024-04-10 | 2024-05-01 | CARE_PLAN 2024-04-09 DONE_LATE
            2024-03-20 | 2024-05-01 | CARE_PLAN 2024-04-09 DONE_ON_TIME
            ''         | 2024-04-09 | CARE_PLAN 2024-04-09 DUE
            ''         | 2024-04-10 | CARE_PLAN 2024-04-09 OVERDUE
            2024-04-10 | 2024-04-09 | CARE_PLAN 2024-04-09 DUE
            """)
    void carePlan(String plan, String asAt, String expected) {
        var child = TestChild.bornOn("2012-01-01").inCareFrom("2024-03-22").plans(PlanEvent.Kind.CARE_PLAN, plan);
        assertThat(child.items(asAt, CARE_PLAN)).isEqualTo(expected);
    }

    @Test
    @DisplayName("reg 4(2): a care plan from an earlier period of care does not count for a new one")
    void carePlanPerPeriod() {
        var child = TestChild.bornOn("2012-01-01").inCare("2023-01-03", "2023-06-30", "E4A").inCareFrom("2024-03-22")
                .plans(PlanEvent.Kind.CARE_PLAN, "2023-01-05");
        assertThat(child.items("2024-05-01", CARE_PLAN))
                .isEqualTo("CARE_PLAN 2023-01-17 DONE_ON_TIME; CARE_PLAN 2024-04-09 OVERDUE");
    }

    @DisplayName("§3.2 row 9: permanence plan by the latest second-review date (first due + 3 months, clamped)")
    @ParameterizedTest(name = "[{index}] start {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-02-09 | 2024-06-08 | 2024-07-01 | PERMANENCE_PLAN 2024-06-08 DONE_ON_TIME
            2024-02-09 | 2024-06-10 | 2024-07-01 | PERMANENCE_PLAN 2024-06-08 DONE_LATE
            2023-11-01 | ''         | 2024-02-29 | PERMANENCE_PLAN 2024-02-29 DUE
            2023-11-01 | ''         | 2024-03-01 | PERMANENCE_PLAN 2024-02-29 OVERDUE
            """)
    void permanencePlan(String start, String plan, String asAt, String expected) {
        var child = TestChild.bornOn("2012-01-01").inCareFrom(start).plans(PlanEvent.Kind.PERMANENCE_PLAN, plan);
        assertThat(child.items(asAt, PERMANENCE_PLAN)).isEqualTo(expected);
    }

    @DisplayName("reg 13: each placement notified within 5 working days of its start (first placement and each move)")
    @ParameterizedTest(name = "[{index}] move {0} notified {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-01 | 2024-01-10 2024-03-11 | PLACEMENT_NOTIFICATION 2024-01-17 DONE_ON_TIME; PLACEMENT_NOTIFICATION 2024-03-08 DONE_LATE
            2024-03-01 | 2024-01-18 2024-03-08 | PLACEMENT_NOTIFICATION 2024-01-17 DONE_LATE; PLACEMENT_NOTIFICATION 2024-03-08 DONE_ON_TIME
            2024-03-27 | 2024-01-10 2024-04-05 | PLACEMENT_NOTIFICATION 2024-01-17 DONE_ON_TIME; PLACEMENT_NOTIFICATION 2024-04-05 DONE_ON_TIME
            2024-03-27 | 2024-01-10            | PLACEMENT_NOTIFICATION 2024-01-17 DONE_ON_TIME; PLACEMENT_NOTIFICATION 2024-04-05 OVERDUE
            2024-03-27 | ''                    | PLACEMENT_NOTIFICATION 2024-01-17 OVERDUE; PLACEMENT_NOTIFICATION 2024-04-05 OVERDUE
            """)
    void placementNotification(String move, String notified, String expected) {
        var child = TestChild.bornOn("2012-01-01").episode("2024-01-10", "S", "C2", "U6", move, "X1")
                .episode(move, "P", "C2", "U4", null, null).plans(PlanEvent.Kind.PLACEMENT_NOTIFICATION, notified);
        assertThat(child.items("2024-05-01", PLACEMENT_NOTIFICATION)).isEqualTo(expected);
    }
}
