package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourpromise.timescales.DeadlineRule.PEP_INITIAL;
import static org.ourpromise.timescales.DeadlineRule.PEP_REVIEW;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Personal education plans, DOMAIN.md §3.2 row 18 (local 10 working days, reviewed 6-monthly by default). */
class EducationRulesTests {

    @DisplayName("§3.2 row 18: PEP within 10 working days (across Easter 2024), reviewed 6-monthly, ages 5 to 16")
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            school age on entry             | 2015-01-01 | 2024-03-22 | 2024-04-09 2024-10-10 | 2024-11-01 | PEP_INITIAL 2024-04-09 DONE_ON_TIME; PEP_REVIEW 2024-10-09 DONE_LATE; PEP_REVIEW 2025-04-10 DUE
            none held yet                   | 2015-01-01 | 2024-03-22 | ''                    | 2024-04-10 | PEP_INITIAL 2024-04-09 OVERDUE
            reaches 5 in care, New Year     | 2021-01-01 | 2024-03-22 | ''                    | 2026-01-05 | PEP_INITIAL 2026-01-15 DUE
            under 5: nothing yet            | 2021-01-01 | 2024-03-22 | ''                    | 2025-12-01 | ''
            16 on entry: none               | 2008-01-01 | 2024-03-22 | ''                    | 2024-06-01 | ''
            reviews stop at 16              | 2008-06-01 | 2023-09-01 | 2023-09-14 2024-01-10 | 2024-12-01 | PEP_INITIAL 2023-09-15 DONE_ON_TIME; PEP_REVIEW 2024-03-14 DONE_ON_TIME
            """)
    void peps(String why, String dob, String start, String meetings, String asAt, String expected) {
        var child = TestChild.bornOn(dob).inCareFrom(start).peps(meetings);
        assertThat(child.items(asAt, PEP_INITIAL, PEP_REVIEW)).as(why).isEqualTo(expected);
    }
}
