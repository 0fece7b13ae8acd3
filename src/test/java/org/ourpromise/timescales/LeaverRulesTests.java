package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourpromise.timescales.DeadlineRule.NEEDS_ASSESSMENT_16;
import static org.ourpromise.timescales.DeadlineRule.PATHWAY_PLAN_REVIEW;
import static org.ourpromise.timescales.DeadlineRule.PA_CONTACT;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.record.PlanEvent;

/** Care leaver duties by category, DOMAIN.md §3.2 rows 26–29 and §3.3. */
class LeaverRulesTests {

    @DisplayName("reg 42(1) and §3.3: needs assessment within 3 months of 16, or of becoming eligible (13 weeks since 14) after 16")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            in care long before 16                  | 2023-01-09 | ''         | ''         | ''         | 2024-08-12 | 2024-09-01 | NEEDS_ASSESSMENT_16 2024-08-10 DONE_LATE
            enters care at 16: 91 days later        | 2024-07-01 | ''         | ''         | ''         | ''         | 2024-10-01 | NEEDS_ASSESSMENT_16 2024-12-30 DUE
            periods add up: 30 days at 14 + 61 at 16 | 2022-06-01 | 2022-07-01 | 2024-06-01 | ''         | ''         | 2024-11-02 | NEEDS_ASSESSMENT_16 2024-11-01 OVERDUE
            13 weeks only before 14: never eligible | 2021-01-01 | 2022-01-01 | 2024-06-01 | 2024-07-01 | ''         | 2024-12-01 | ''
            not yet 91 days                         | 2024-07-01 | ''         | ''         | ''         | ''         | 2024-09-29 | ''
            """)
    void needsAssessment(String why, String start1, String end1, String start2, String end2, String assessed,
            String asAt, String expected) {
        var child = TestChild.bornOn("2008-05-10");
        if (end1.isBlank()) {
            child.inCareFrom(start1);
        } else {
            child.inCare(start1, end1, "E4A");
            if (!start2.isBlank()) {
                child.episode(start2, "S", "V2", "U6", end2, end2.isBlank() ? null : "E4A");
            }
        }
        child.plans(PlanEvent.Kind.NEEDS_ASSESSMENT, assessed);
        assertThat(child.items(asAt, NEEDS_ASSESSMENT_16)).as(why).isEqualTo(expected);
    }

    @Test
    @DisplayName("§3.3: short breaks (V3/V4) never make a child eligible")
    void shortBreaksDoNotCount() {
        var child = TestChild.bornOn("2008-05-10").episode("2023-01-09", "S", "V4", "U6", null, null);
        assertThat(child.items("2024-09-01", NEEDS_ASSESSMENT_16, PATHWAY_PLAN_REVIEW, PA_CONTACT)).isEmpty();
    }

    @Test
    @DisplayName("§3.2 row 27: pathway plan within 6 months of eligibility (local reading), then reviewed 6-monthly")
    void pathwayPlanReviews() {
        var child = TestChild.bornOn("2008-05-10").inCareFrom("2023-01-09")
                .plans(PlanEvent.Kind.PATHWAY_PLAN, "2024-09-01").contact("2025-03-03", "YES", true);
        assertThat(child.items("2025-04-01", PATHWAY_PLAN_REVIEW)).isEqualTo("PATHWAY_PLAN_REVIEW 2024-11-10 DONE_ON_TIME; "
                + "PATHWAY_PLAN_REVIEW 2025-03-01 DONE_LATE; PATHWAY_PLAN_REVIEW 2025-09-03 DUE");
    }

    @DisplayName("§3.2 row 27: no pathway plan review falls due on or after the 21st birthday")
    @ParameterizedTest(name = "[{index}] last plan {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-11-01 | PATHWAY_PLAN_REVIEW 2024-11-01 DONE_ON_TIME; PATHWAY_PLAN_REVIEW 2025-05-01 DUE
            2024-11-15 | PATHWAY_PLAN_REVIEW 2024-11-01 DONE_LATE
            """)
    void pathwayPlanStopsAt21(String last, String expected) {
        var child = TestChild.bornOn("2004-05-10").inCare("2020-01-06", "2022-05-10", "E17")
                .plans(PlanEvent.Kind.PATHWAY_PLAN, "2020-11-01 2021-05-01 2021-11-01 2022-05-01 2022-11-01 "
                        + "2023-05-01 2023-11-01 2024-05-01 " + last);
        var items = child.items("2025-04-01", PATHWAY_PLAN_REVIEW).split("; ");
        assertThat(items[0]).isEqualTo("PATHWAY_PLAN_REVIEW 2020-11-10 DONE_ON_TIME");
        assertThat(String.join("; ", java.util.Arrays.copyOfRange(items, items.length - (last.equals("2024-11-01") ? 2 : 1),
                items.length))).isEqualTo(expected);
    }

    @DisplayName("§3.2 row 28: PA contact within 7 days of leaving care, then every 2 months (only YES contacts count)")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            former relevant, left at 18  | 2006-05-10 | 2024-05-10 | E17 | 2024-05-15:YES 2024-07-10:NO 2024-07-20:YES | 2024-08-01 | PA_CONTACT 2024-05-17 DONE_ON_TIME; PA_CONTACT 2024-07-15 DONE_LATE; PA_CONTACT 2024-09-20 DUE
            31 Aug + 2 months = 31 Oct | 2006-05-10 | 2024-05-10 | E17 | 2024-05-15:YES 2024-07-10:YES 2024-08-31:YES | 2024-09-01 | PA_CONTACT 2024-05-17 DONE_ON_TIME; PA_CONTACT 2024-07-15 DONE_ON_TIME; PA_CONTACT 2024-09-10 DONE_ON_TIME; PA_CONTACT 2024-10-31 DUE
            no longer requires services | 2006-05-10 | 2024-05-10 | E17 | 2024-05-15:YES 2024-07-20:YES 2024-08-01:NREQ | 2024-10-01 | PA_CONTACT 2024-05-17 DONE_ON_TIME; PA_CONTACT 2024-07-15 DONE_LATE
            relevant, left at 17        | 2007-05-10 | 2024-07-01 | E4A | ''                                         | 2024-07-09 | PA_CONTACT 2024-07-08 OVERDUE
            """)
    void personalAdviser(String why, String dob, String left, String reason, String contacts, String asAt, String expected) {
        var child = TestChild.bornOn(dob).inCare("2022-01-10", left, reason);
        if (!contacts.isBlank()) {
            for (var c : contacts.split(" ")) {
                var parts = c.split(":");
                child.contact(parts[0], parts[1], false);
            }
        }
        assertThat(child.items(asAt, PA_CONTACT)).as(why).isEqualTo(expected);
    }

    @DisplayName("§3.3 categories: eligible, relevant, former relevant, qualifying")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ELIGIBLE        | 2023-01-09 | ''         | 2024-09-01
            RELEVANT        | 2023-01-09 | 2025-01-10 | 2025-03-01
            FORMER_RELEVANT | 2023-01-09 | 2026-05-10 | 2026-06-01
            QUALIFYING      | 2024-06-01 | 2024-07-01 | 2024-09-01
            NONE            | 2019-01-01 | 2020-01-01 | 2024-09-01
            ELIGIBLE        | 2024-07-01 | ''         | 2024-09-30
            NONE            | 2024-07-01 | ''         | 2024-09-29
            """)
    void categories(CareLeaverCategory expected, String start, String end, String asAt) {
        var child = end.isBlank() ? TestChild.bornOn("2008-05-10").inCareFrom(start)
                : TestChild.bornOn("2008-05-10").inCare(start, end, "E4A");
        assertThat(CareLeaverCategory.of(child.build(), LocalDate.parse(asAt))).isEqualTo(expected);
    }
}
