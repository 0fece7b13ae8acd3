package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourpromise.timescales.DeadlineRule.PATHWAY_PLAN_REVIEW;
import static org.ourpromise.timescales.DeadlineRule.PA_CONTACT;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.record.ChildRecord;

/**
 * The deadline engine and the young person's entitlement agree (decision 0127): pathway plan reviews and adviser
 * contacts run until the day the leaving-care duty ends, which the entitlement sets (21st birthday; to 25 on request;
 * earlier when they say they no longer want support), not only until the settings' age of 21.
 *
 * <p>Worked by hand: born 10 May 2004, in care from 6 January 2020 to the 18th birthday (10 May 2022), so eligible
 * from the 16th birthday (10 May 2020); 21st birthday 10 May 2025, 25th 10 May 2029. Nothing is recorded until a
 * contact on 20 April 2025, in touch, at which the pathway plan was reviewed. So the first adviser contact (due 7 days
 * after leaving: 17 May 2022) and the first pathway plan review (6 months after eligibility: 10 November 2020) are
 * both done late that day; the next contact falls due 2 months later, 20 June 2025, and the next review 6 months
 * later, 20 October 2025: owed only while the duty lasts (a step due on or after its end is not owed).
 */
class LeavingCareDutyEndsTests {

    private static final String AS_AT = "2025-07-01";

    private static ChildRecord youngPerson() {
        return TestChild.bornOn("2004-05-10").inCare("2020-01-06", "2022-05-10", "E17")
                .contact("2025-04-20", "YES", true).build();
    }

    private static String items(@Nullable LocalDate dutyEnds, DeadlineRule rule) {
        return DeadlineEngine.englandAndWales().dueItems(youngPerson(), LocalDate.parse(AS_AT),
                TimescaleSettings.defaults(), dutyEnds).stream().filter(i -> i.rule() == rule)
                .map(i -> i.rule() + " " + i.due() + " " + i.status()).collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            not known: the settings' 21              | ''         | PA_CONTACT 2022-05-17 DONE_LATE
            to 21 (the 21st birthday)                | 2025-05-10 | PA_CONTACT 2022-05-17 DONE_LATE
            to 25 on request                         | 2029-05-10 | PA_CONTACT 2022-05-17 DONE_LATE; PA_CONTACT 2025-06-20 OVERDUE
            declined the day after the contact's due | 2025-06-21 | PA_CONTACT 2022-05-17 DONE_LATE; PA_CONTACT 2025-06-20 OVERDUE
            declined on the day it fell due          | 2025-06-20 | PA_CONTACT 2022-05-17 DONE_LATE
            """)
    void adviserContactsRunUntilTheDutyEnds(String why, String dutyEnds, String expected) {
        assertThat(items(dutyEnds.isBlank() ? null : LocalDate.parse(dutyEnds), PA_CONTACT)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            not known: the settings' 21          | ''         | PATHWAY_PLAN_REVIEW 2020-11-10 DONE_LATE
            to 25 on request                     | 2029-05-10 | PATHWAY_PLAN_REVIEW 2020-11-10 DONE_LATE; PATHWAY_PLAN_REVIEW 2025-10-20 DUE
            end of a programme, 20 October 2025  | 2025-10-21 | PATHWAY_PLAN_REVIEW 2020-11-10 DONE_LATE; PATHWAY_PLAN_REVIEW 2025-10-20 DUE
            declined on 1 June 2025              | 2025-06-01 | PATHWAY_PLAN_REVIEW 2020-11-10 DONE_LATE
            """)
    void pathwayPlanReviewsRunUntilTheDutyEnds(String why, String dutyEnds, String expected) {
        assertThat(items(dutyEnds.isBlank() ? null : LocalDate.parse(dutyEnds), PATHWAY_PLAN_REVIEW)).as(why)
                .isEqualTo(expected);
    }

    /**
     * Whatever day the duty ends, no step of either chain is started on or after it (a step started before may fall
     * due after it: the lists lapse that, decision 0086), and a duty ending on the 21st birthday changes nothing.
     */
    @Property(tries = 200)
    void nothingIsOwedOnOrAfterTheDutyEnds(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3650) int offset) {
        var from = LocalDate.of(2019, 4, 1);
        var child = SyntheticChildren.child(seed, "C" + seed, from, LocalDate.of(2026, 3, 31));
        var ends = from.plusDays(offset);
        var asAt = LocalDate.of(2026, 3, 31);
        var engine = DeadlineEngine.englandAndWales();
        for (var item : engine.dueItems(child, asAt, TimescaleSettings.defaults(), ends)) {
            if (List.of(PA_CONTACT, PATHWAY_PLAN_REVIEW).contains(item.rule())) {
                assertThat(item.triggeredOn()).isBefore(ends);
            }
        }
        var at21 = Birthdays.nth(child.dateOfBirth(), 21);
        assertThat(engine.dueItems(child, asAt, TimescaleSettings.defaults(), at21))
                .isEqualTo(engine.dueItems(child, asAt, TimescaleSettings.defaults()));
    }
}
