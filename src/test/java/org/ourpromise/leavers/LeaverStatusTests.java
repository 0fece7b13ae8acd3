package org.ourpromise.leavers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;

/**
 * Leaving-care status worked by hand at its edges: the 16th birthday, 13 weeks exactly (91 days), 29 February
 * birthdays (a year older on 1 March), the 18th and 21st birthdays and the end of support to 25.
 */
class LeaverStatusTests {

    private static ChildRecord child(String born, String from, @Nullable String to) {
        var ended = to == null || to.isBlank() ? null : LocalDate.parse(to);
        return ChildRecords.child("L1", "Sam", "Leaver", LocalDate.parse(born), "F")
                .episode(new CareEpisode(LocalDate.parse(from), "S", "C2", "N1", "U1", "PR1", ended,
                        ended == null ? null : "E4A", null, null, null, null))
                .build();
    }

    private static LeaverStatus on(ChildRecord child, String day) {
        return LeaverStatus.of(child, LocalDate.parse(day), null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the day before the 16th birthday: not yet            | 2008-05-10 | 2023-01-09 | ''         | 2024-05-09 | NONE
            in care long before 16: eligible on the birthday      | 2008-05-10 | 2023-01-09 | ''         | 2024-05-10 | ELIGIBLE
            13 weeks exactly by the 16th birthday (91 days)       | 2008-05-10 | 2024-02-09 | ''         | 2024-05-10 | ELIGIBLE
            one day short on the birthday: 90 days                | 2008-05-10 | 2024-02-10 | ''         | 2024-05-10 | NONE
            one day short on the birthday: eligible the next day  | 2008-05-10 | 2024-02-10 | ''         | 2024-05-11 | ELIGIBLE
            left care after being eligible at 16                  | 2008-05-10 | 2023-01-09 | 2024-06-01 | 2024-06-01 | RELEVANT
            relevant until the 18th birthday                      | 2008-05-10 | 2023-01-09 | 2024-06-01 | 2026-05-09 | RELEVANT
            former relevant from the 18th birthday                | 2008-05-10 | 2023-01-09 | 2024-06-01 | 2026-05-10 | FORMER_RELEVANT
            still in care at 18 after being eligible              | 2008-05-10 | 2023-01-09 | ''         | 2026-05-10 | FORMER_RELEVANT
            former relevant the day before the 21st birthday      | 2008-05-10 | 2023-01-09 | 2024-06-01 | 2029-05-09 | FORMER_RELEVANT
            no duty from the 21st birthday, nothing recorded      | 2008-05-10 | 2023-01-09 | 2024-06-01 | 2029-05-10 | NONE
            left at 16 after 61 days: qualifying                  | 2008-05-10 | 2024-04-01 | 2024-06-01 | 2024-06-02 | QUALIFYING
            qualifying the day before the 21st birthday           | 2008-05-10 | 2024-04-01 | 2024-06-01 | 2029-05-09 | QUALIFYING
            qualifying ends on the 21st birthday                  | 2008-05-10 | 2024-04-01 | 2024-06-01 | 2029-05-10 | NONE
            left care before 16: not a care leaver                | 2008-05-10 | 2022-06-01 | 2024-05-01 | 2024-06-02 | NONE
            29 Feb: 15 on 28 February in a leap year              | 2008-02-29 | 2022-01-10 | ''         | 2024-02-28 | NONE
            29 Feb: eligible on 29 February 2024                  | 2008-02-29 | 2022-01-10 | ''         | 2024-02-29 | ELIGIBLE
            29 Feb: left care, still 17 on 28 February 2026       | 2008-02-29 | 2022-01-10 | 2025-06-01 | 2026-02-28 | RELEVANT
            29 Feb: 18 on 1 March 2026                            | 2008-02-29 | 2022-01-10 | 2025-06-01 | 2026-03-01 | FORMER_RELEVANT
            29 Feb: the duty ends on 1 March 2029                 | 2008-02-29 | 2022-01-10 | 2025-06-01 | 2029-03-01 | NONE
            29 Feb: 13 weeks count from 1 March 2022 (the 14th)   | 2008-02-29 | 2021-12-01 | 2022-05-31 | 2024-03-01 | NONE
            """)
    void statusOnTheDay(String why, String born, String from, String to, String day, LeaverStatus expected) {
        assertThat(on(child(born, from, to), day)).as(why).isEqualTo(expected);
    }

    @Test
    void supportTo25OnRequestKeepsAFormerRelevantYoungPersonUntilThe25thBirthday() {
        var child = child("2000-06-15", "2015-01-05", "2018-06-15");
        var toTwentyFive = new LeavingCareEntitlement(EntitlementBasis.ON_REQUEST_TO_25, LocalDate.of(2021, 6, 1), null,
                null, 0);
        assertThat(LeaverStatus.of(child, LocalDate.of(2025, 6, 14), toTwentyFive)).isEqualTo(LeaverStatus.FORMER_RELEVANT);
        assertThat(LeaverStatus.of(child, LocalDate.of(2025, 6, 15), toTwentyFive)).isEqualTo(LeaverStatus.NONE);
        assertThat(LeaverStatus.of(child, LocalDate.of(2025, 6, 14), null)).isEqualTo(LeaverStatus.NONE);
    }

    @Test
    void onlyQualifyingAndNoneOweNoAdviserOrPlanAndOnlyEligibleKeepsTheSocialWorkersVisits() {
        assertThat(LeaverStatus.QUALIFYING.adviserAndPlan()).isFalse();
        assertThat(LeaverStatus.NONE.adviserAndPlan()).isFalse();
        assertThat(LeaverStatus.RELEVANT.adviserAndPlan()).isTrue();
        assertThat(LeaverStatus.ELIGIBLE.stillLookedAfter()).isTrue();
        assertThat(LeaverStatus.FORMER_RELEVANT.stillLookedAfter()).isFalse();
    }
}
