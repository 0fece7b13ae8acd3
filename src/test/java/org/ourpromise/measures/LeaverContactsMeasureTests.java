package org.ourpromise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Care leavers' contacts with their personal adviser count for as long as each young person's recorded entitlement
 * lasts (issue 10), as the deadline engine and the worklists count them, not only to 21.
 *
 * <p>Worked by hand: born 10 May 2004, in care from 6 January 2020 until the 18th birthday, 10 May 2022, so an eligible
 * child from the 16th birthday and a care leaver after. 21st birthday 10 May 2025; 25th 10 May 2029. The first contact
 * was due 17 May 2022 (7 days after leaving); each contact makes the next due 2 months later; a contact is owed only
 * when it falls due before the day the duty ends (the first day it is no longer owed). So a contact on 9 March 2025
 * makes one due on 9 May 2025, the day before the 21st birthday: owed to everyone; one on 10 March makes one due on
 * the 21st birthday itself: owed only after 21. Each month is read as at its last day.
 */
class LeaverContactsMeasureTests {

    private static final String ON_TIME = "local.leaver_contacts_on_time_pct";
    private static final String OUTSTANDING = "local.leaver_contacts_outstanding";

    /** "on time/done outstanding" for the month, with the duty ending on {@code dutyEnds} (blank: not recorded). */
    private static String month(String yearMonth, String dutyEnds, String contacts) {
        var child = LocalChild.called("L1").bornOn("2004-05-10").inCare("2020-01-06", "2022-05-10");
        for (var c : contacts.strip().split("\\s+")) {
            child.contact(c);
        }
        var m = YearMonth.parse(yearMonth);
        LocalDate ends = dutyEnds.isBlank() ? null : LocalDate.parse(dutyEnds);
        var r = LocalMeasures.compute(List.of(child.build()), new MeasurePeriod(m.atDay(1), m.atEndOfMonth()),
                m.atEndOfMonth(), LocalMeasureSettings.defaults(), x -> ends);
        var pct = r.get(ON_TIME);
        return pct.numerator() + "/" + pct.denominator() + " " + r.get(OUTSTANDING).numerator();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            to 21, not recorded: due the day before the 21st birthday is owed | 2025-05 |            | 2025-03-09            | 0/0 1
            to 21, recorded: the same                                         | 2025-05 | 2025-05-10 | 2025-03-09            | 0/0 1
            to 21: due on the 21st birthday is not owed                        | 2025-05 |            | 2025-03-10            | 0/0 0
            to 25 on request: due on the 21st birthday is owed                | 2025-05 | 2029-05-10 | 2025-03-10            | 0/0 1
            to 25 on request: made on the 21st birthday, on time              | 2025-05 | 2029-05-10 | 2025-03-10 2025-05-10 | 1/1 0
            to 21: the same contact was not owed, so not counted              | 2025-05 |            | 2025-03-10 2025-05-10 | 0/0 0
            to 25, said no longer wanted on the day the contact fell due      | 2025-06 | 2025-06-20 | 2025-04-20            | 0/0 0
            to 25, said no longer wanted the day after it fell due            | 2025-06 | 2025-06-21 | 2025-04-20            | 0/0 1
            programme ends 20 June 2025: contact that day counts, on time     | 2025-06 | 2025-06-21 | 2025-04-20 2025-06-20 | 1/1 0
            to 25: due the day before the 25th birthday is owed               | 2029-05 | 2029-05-10 | 2025-04-20 2029-03-09 | 0/0 1
            to 25: due on the 25th birthday is not owed                       | 2029-05 | 2029-05-10 | 2025-04-20 2029-03-10 | 0/0 0
            """)
    void contactsCountWhileTheEntitlementLasts(String why, String month, String dutyEnds, String contacts,
            String expected) {
        assertThat(month(month, dutyEnds == null ? "" : dutyEnds, contacts)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            a contact late after the 21st birthday counts only while owed: to 21  | 2025-07 |            | 0/0 0
            a contact late after the 21st birthday counts only while owed: to 25  | 2025-07 | 2029-05-10 | 0/1 0
            """)
    void aLateContactAfter21(String why, String month, String dutyEnds, String expected) {
        // 10 March 2025 makes one due 10 May 2025 (the 21st birthday); made late on 1 July 2025
        assertThat(month(month, dutyEnds == null ? "" : dutyEnds, "2025-03-10 2025-07-01")).as(why).isEqualTo(expected);
    }
}
