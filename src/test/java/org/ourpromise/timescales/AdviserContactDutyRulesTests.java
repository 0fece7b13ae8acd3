package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.ourpromise.timescales.AdviserContactTerms.PlanInterval;
import org.ourpromise.timescales.AdviserContactTerms.Provided;

/**
 * The engine's adviser contacts with the leavers room's terms (decision 0215), worked by hand. Born 10 May 2006, in
 * care from 10 January 2022 to the 18th birthday, 10 May 2024: former relevant from then. Intervals as set by
 * default: 2 months while the council provides the accommodation, otherwise 2 (relevant) or 3 (former relevant)
 * months unless the plan sets one. Each contact that counts makes the next due from its day, at the interval that
 * applies on the day the next is made (or, while none has been, the day read); the first counts from leaving care.
 */
class AdviserContactDutyRulesTests {

    private static final LocalDate LEFT = LocalDate.of(2024, 5, 10);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static AdviserContactTerms terms(List<Provided> provided, @Nullable Integer planMonths,
            String... notInPerson) {
        return new AdviserContactTerms(provided, planMonths == null ? List.of()
                : List.of(new PlanInterval(d("2024-05-01"), planMonths)),
                java.util.Arrays.stream(notInPerson).map(LocalDate::parse).collect(Collectors.toSet()), 2, 2, 3);
    }

    private static String items(TestChild child, String asAt, AdviserContactTerms terms) {
        return DeadlineEngine.englandAndWales().dueItems(child.build(), d(asAt), TimescaleSettings.defaults(), null,
                terms).stream().filter(i -> i.rule() == DeadlineRule.PA_CONTACT)
                .map(i -> i.due() + " " + i.status()).collect(Collectors.joining("; "));
    }

    private static TestChild leftAt18(String... contacts) {
        var child = TestChild.bornOn("2006-05-10").inCare("2022-01-10", "2024-05-10", "E17");
        for (var c : contacts) {
            child.contact(c, "YES", false);
        }
        return child;
    }

    @Test
    void aPlanOfThreeMonthsNotInCouncilAccommodationAContactAfterTenWeeksIsOnTime() {
        // 1 June + 3 months = 1 September; 10 weeks after 1 June is 10 August
        assertThat(items(leftAt18("2024-06-01", "2024-08-10"), "2024-08-20", terms(List.of(), 3)))
                .isEqualTo("2024-08-10 DONE_ON_TIME; 2024-09-01 DONE_ON_TIME; 2024-11-10 DUE");
    }

    @Test
    void inCouncilAccommodationTheSamePlanGivesTwoMonthsSoTenWeeksIsLate() {
        // provided from leaving care: 10 May + 2 = 10 July; 1 June + 2 = 1 August, met on 10 August: late
        assertThat(items(leftAt18("2024-06-01", "2024-08-10"), "2024-08-20",
                terms(List.of(new Provided(LEFT, null)), 3)))
                .isEqualTo("2024-07-10 DONE_ON_TIME; 2024-08-01 DONE_LATE; 2024-10-10 DUE");
    }

    @Test
    void withoutAPlanTheStatusSettingApplies() {
        // former relevant on 1 June: 3 months
        assertThat(items(leftAt18("2024-06-01"), "2024-07-01", terms(List.of(), null)))
                .isEqualTo("2024-08-10 DONE_ON_TIME; 2024-09-01 DUE");
        // relevant (left care at 17): 2 months from leaving, 10 July 2024 + 2 = 10 September
        var relevant = TestChild.bornOn("2007-05-10").inCare("2022-01-10", "2024-07-10", "E4A");
        assertThat(items(relevant, "2024-08-01", terms(List.of(), null))).isEqualTo("2024-09-10 DUE");
    }

    @Test
    void whileAccommodatedACallDoesNotCount() {
        assertThat(items(leftAt18("2024-06-01", "2024-06-20"), "2024-07-01",
                terms(List.of(new Provided(LEFT, null)), null, "2024-06-01")))
                .isEqualTo("2024-07-10 DONE_ON_TIME; 2024-08-20 DUE");
    }

    @Test
    void fromTheDayTheCouncilStartsProvidingOnlyAVisitCountsAndTheIntervalIsTwoMonths() {
        var provided = List.of(new Provided(d("2024-07-01"), null));
        // a call the day before, not accommodated: as at 30 June the plan's 3 months apply, 30 September
        assertThat(items(leftAt18("2024-06-30"), "2024-06-30", terms(provided, 3, "2024-06-30")))
                .isEqualTo("2024-08-10 DONE_ON_TIME; 2024-09-30 DUE");
        // from 1 July the council provides it: at most 2 months from that call, 30 August
        assertThat(items(leftAt18("2024-06-30"), "2024-07-01", terms(provided, 3, "2024-06-30")))
                .isEqualTo("2024-08-10 DONE_ON_TIME; 2024-08-30 DUE");
        // a call on the first day provided does not count
        assertThat(items(leftAt18("2024-06-30", "2024-07-01"), "2024-07-15", terms(provided, 3, "2024-06-30",
                "2024-07-01"))).isEqualTo("2024-08-10 DONE_ON_TIME; 2024-08-30 DUE");
        // a visit on it does, and the next is due 2 months after it
        assertThat(items(leftAt18("2024-06-30", "2024-07-01"), "2024-07-15", terms(provided, 3, "2024-06-30")))
                .isEqualTo("2024-08-10 DONE_ON_TIME; 2024-08-30 DONE_ON_TIME; 2024-09-01 DUE");
    }

    @Test
    void aPlanAgreedSinceTheLastContactSetsTheNextAtOnce() {
        var plans = List.of(new PlanInterval(d("2024-05-01"), 3), new PlanInterval(d("2024-07-01"), 1));
        var terms = new AdviserContactTerms(List.of(), plans, Set.of(), 2, 2, 3);
        // as at 30 June the plan of 1 May: 3 months from 1 June
        assertThat(items(leftAt18("2024-06-01"), "2024-06-30", terms))
                .isEqualTo("2024-08-10 DONE_ON_TIME; 2024-09-01 DUE");
        // from 1 July the new plan's month: 1 July, due (not overdue) that day
        assertThat(items(leftAt18("2024-06-01"), "2024-07-01", terms))
                .isEqualTo("2024-07-01 DUE; 2024-08-10 DONE_ON_TIME");
    }

    @Test
    void onTheDayTheCouncilStopsProvidingAnyContactCountsAtThePlansInterval() {
        var provided = List.of(new Provided(LEFT, d("2024-07-01")));
        // as at 30 June, still provided: 2 months from leaving, 10 July
        assertThat(items(leftAt18(), "2024-06-30", terms(provided, 3))).isEqualTo("2024-07-10 DUE");
        // a call on 30 June (still provided) does not count; one on 1 July (no longer) does, and on that day the
        // plan's 3 months apply: the first was due 10 August; 1 October next
        assertThat(items(leftAt18("2024-06-30", "2024-07-01"), "2024-07-15", terms(provided, 3, "2024-06-30",
                "2024-07-01"))).isEqualTo("2024-08-10 DONE_ON_TIME; 2024-10-01 DUE");
    }

    @Test
    void twoMonthsFrom31DecemberIs29February() {
        var child = TestChild.bornOn("2005-05-10").inCare("2021-01-10", "2023-05-10", "E17");
        for (var c : List.of("2023-07-10", "2023-09-10", "2023-11-10", "2023-12-31")) {
            child.contact(c, "YES", false);
        }
        var provided = terms(List.of(new Provided(d("2023-05-10"), null)), null);
        assertThat(items(child, "2024-02-29", provided)).endsWith("2024-01-10 DONE_ON_TIME; 2024-02-29 DUE");
        assertThat(items(child, "2024-03-01", provided)).endsWith("2024-02-29 OVERDUE");
        child.contact("2024-02-29", "YES", false);
        assertThat(items(child, "2024-03-01", provided)).endsWith("2024-02-29 DONE_ON_TIME; 2024-04-29 DUE");
    }

    @Test
    void theDutyEndsOnItsOwnNothingOwedOnOrAfterTheDayTheEntitlementEnds() {
        // supported to 25 on request: the duty ends on the 25th birthday, 10 May 2031 (born 10 May 2006)
        var ends = d("2031-05-10");
        var child = leftAt18();
        for (var day = d("2024-06-01"); day.isBefore(d("2031-02-09")); day = day.plusMonths(3)) {
            child.contact(day.toString(), "YES", false);
        }
        child.contact("2031-02-10", "YES", false);
        // 10 February + 3 months = 10 May, the day the duty ends: not owed
        var items = DeadlineEngine.englandAndWales().dueItems(child.build(), d("2031-06-01"),
                TimescaleSettings.defaults(), ends, terms(List.of(), 3)).stream()
                .filter(i -> i.rule() == DeadlineRule.PA_CONTACT).toList();
        assertThat(items).isNotEmpty().allMatch(i -> i.status().isDone());
        assertThat(items).noneMatch(i -> !i.due().isBefore(ends));
        // without terms (a return read on its own) the statutory floor is unchanged: 7 days after leaving care
        assertThat(DeadlineEngine.englandAndWales().dueItems(child.build(), d("2024-06-02"),
                TimescaleSettings.defaults(), ends).stream().filter(i -> i.rule() == DeadlineRule.PA_CONTACT)
                .findFirst().orElseThrow().due()).isEqualTo(d("2024-05-17"));
    }
}
