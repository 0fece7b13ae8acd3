package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.record.PlanEvent;

/** What the visit rules see on a day: the placement and the facts in force, as the forms check them. */
class VisitArrangementTests {

    /** U3 with an aunt from 10 Jan 2024 (temporary approval that day, full 11 Mar), U4 with foster carers from 1 Jul 2024. */
    private static final TestChild CHILD = TestChild.bornOn("2010-05-01")
            .episode("2024-01-10", "S", "C1", "U3", "2024-07-01", "X1").episode("2024-07-01", "P", "C2", "U4", null, null)
            .plans(PlanEvent.Kind.CONNECTED_PERSON_TEMPORARY_APPROVAL, "2024-01-10")
            .plans(PlanEvent.Kind.CONNECTED_PERSON_APPROVED, "2024-03-11")
            .plans(PlanEvent.Kind.CHILD_AGREED_SIX_MONTHLY_VISITS, "2025-08-01")
            .plans(PlanEvent.Kind.CHILD_AGREEMENT_WITHDRAWN, "2025-10-01");

    @DisplayName("the placement on a day and the facts in force in it; nothing after the day is seen")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2024-01-09 | null       | null | false | false | false
            2024-01-10 | 2024-01-10 | U3   | false | true  | false
            2024-03-10 | 2024-01-10 | U3   | false | true  | false
            2024-03-11 | 2024-01-10 | U3   | false | false | false
            2024-06-30 | 2024-01-10 | U3   | false | false | false
            2024-07-01 | 2024-07-01 | U4   | true  | false | false
            2025-08-01 | 2024-07-01 | U4   | true  | false | true
            2025-09-30 | 2024-07-01 | U4   | true  | false | true
            2025-10-01 | 2024-07-01 | U4   | true  | false | false
            """)
    void onADay(String day, String placementStart, String placement, boolean longTerm, boolean temporaryApproval,
            boolean childAgreed) {
        var on = VisitArrangement.on(CHILD.build(), LocalDate.parse(day), TimescaleSettings.defaults());
        assertThat(on).isEqualTo(new VisitArrangement(placementStart == null ? null : LocalDate.parse(placementStart),
                placement, longTerm, temporaryApproval, childAgreed, false));
        assertThat(on.inCare()).isEqualTo(placementStart != null);
    }

    @DisplayName("care ended: not in care on the day it ended")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-06-30 | true
            2024-07-01 | false
            """)
    void careEnded(String day, boolean inCare) {
        var child = TestChild.bornOn("2010-05-01").inCare("2024-01-10", "2024-07-01", "E13").build();
        assertThat(VisitArrangement.on(child, LocalDate.parse(day), TimescaleSettings.defaults()).inCare()).isEqualTo(inCare);
    }

    @DisplayName("reg 48: short breaks are current from the first break until 12 months after the last ended")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-01-04 | false
            2024-01-05 | true
            2024-06-01 | true
            2025-02-03 | true
            2025-02-04 | false
            """)
    void shortBreaks(String day, boolean current) {
        var child = TestChild.bornOn("2015-06-01").shortBreaks("2024-01-05/2024-01-07 2024-02-02/2024-02-04").build();
        var on = VisitArrangement.on(child, LocalDate.parse(day), TimescaleSettings.defaults());
        assertThat(on.shortBreaks()).isEqualTo(current);
        assertThat(on.inCare()).isFalse();
    }
}
