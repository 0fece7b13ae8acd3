package org.ourpromise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.ourpromise.timescales.AdviserContactTerms;
import org.ourpromise.timescales.AdviserContactTerms.PlanInterval;
import org.ourpromise.timescales.AdviserContactTerms.Provided;

/**
 * The care leavers' contacts on time count against the adviser's contact duty (decision 0215), worked by hand. Born
 * 10 May 2006, in care from 10 January 2022 to the 18th birthday, 10 May 2024. The pathway plan (reviewed 1 May
 * 2024) sets contact every 3 months. Contacts in person on 1 June and 10 August 2024 (10 weeks after).
 * Not in council accommodation: the first due 10 August (3 months after leaving), met 1 June; the next due
 * 1 September, met 10 August: on time. In council accommodation: at most 2 months, so due 10 July (met 1 June)
 * and 1 August, met 10 August: late. Each month read as at its last day.
 */
class LeaverContactsDutyMeasureTests {

    private static final String ON_TIME = "local.leaver_contacts_on_time_pct";
    private static final String OUTSTANDING = "local.leaver_contacts_outstanding";

    private static AdviserContactTerms terms(List<Provided> provided) {
        return new AdviserContactTerms(provided, List.of(new PlanInterval(LocalDate.parse("2024-05-01"), 3)),
                java.util.Set.of(), 2, 2, 3);
    }

    /** "on time/done outstanding" in the month. */
    private static String month(LocalChild child, String yearMonth, @Nullable LocalDate dutyEnds,
            AdviserContactTerms terms) {
        var m = YearMonth.parse(yearMonth);
        var r = LocalMeasures.compute(List.of(child.build()), List.of(new MeasurePeriod(m.atDay(1), m.atEndOfMonth())),
                m.atEndOfMonth(), LocalMeasureSettings.defaults(), x -> dutyEnds, x -> terms).get(0);
        return r.get(ON_TIME).numerator() + "/" + r.get(ON_TIME).denominator() + " " + r.get(OUTSTANDING).numerator();
    }

    private static LocalChild leftAt18() {
        return LocalChild.called("L1").bornOn("2006-05-10").inCare("2022-01-10", "2024-05-10").contact("2024-06-01")
                .contact("2024-08-10");
    }

    @Test
    void notInCouncilAccommodationAContactAfterTenWeeksIsOnTime() {
        assertThat(month(leftAt18(), "2024-08", null, terms(List.of()))).isEqualTo("1/1 0");
    }

    @Test
    void inCouncilAccommodationTheSameContactIsLate() {
        var provided = List.of(new Provided(LocalDate.parse("2024-05-10"), null));
        assertThat(month(leftAt18(), "2024-08", null, terms(provided))).isEqualTo("0/1 0");
        // the statutory floor (no terms): due 17 May, 1 June late; 1 August, 10 August late
        var floor = LocalMeasures.compute(List.of(leftAt18().build()), new MeasurePeriod(LocalDate.parse(
                "2024-08-01"), LocalDate.parse("2024-08-31")), LocalDate.parse("2024-08-31"),
                LocalMeasureSettings.defaults());
        assertThat(floor.get(ON_TIME).numerator() + "/" + floor.get(ON_TIME).denominator()).isEqualTo("0/1");
    }

    @Test
    void theTwentyFifthBirthdayEndsTheDutyNothingOverdue() {
        // supported to 25 on request: the duty ends on 10 May 2031; a contact every 3 months from 1 June 2024
        var ends = LocalDate.parse("2031-05-10");
        var owed = LocalChild.called("L1").bornOn("2006-05-10").inCare("2022-01-10", "2024-05-10");
        var notOwed = LocalChild.called("L2").bornOn("2006-05-10").inCare("2022-01-10", "2024-05-10");
        for (var day = LocalDate.parse("2024-06-01"); day.isBefore(LocalDate.parse("2031-02-09"));
                day = day.plusMonths(3)) {
            owed.contact(day.toString());
            notOwed.contact(day.toString());
        }
        // 9 February + 3 months = 9 May, the day before the end: owed, and outstanding in May
        owed.contact("2031-02-09");
        assertThat(month(owed, "2031-05", ends, terms(List.of()))).isEqualTo("0/0 1");
        // 10 February + 3 months = 10 May, the day the duty ends: not owed
        notOwed.contact("2031-02-10");
        assertThat(month(notOwed, "2031-05", ends, terms(List.of()))).isEqualTo("0/0 0");
    }
}
