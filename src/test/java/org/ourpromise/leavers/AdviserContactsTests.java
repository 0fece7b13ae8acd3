package org.ourpromise.leavers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.ourpromise.leavers.AdviserContacts.Contact;
import org.ourpromise.leavers.AdviserContacts.Due;
import org.ourpromise.leavers.AdviserContacts.Kind;
import org.ourpromise.leavers.AdviserContacts.Provided;
import org.ourpromise.leavers.AdviserContacts.Situation;

/**
 * The personal adviser's contact duty worked by hand: the first visit, visits before reviews, the duty's end. The
 * regular contact's day is the deadline engine's (decision 0215, timescales.AdviserContactDutyRulesTests); here its
 * words and its end.
 */
class AdviserContactsTests {

    private static final LeaverContactSettings SETTINGS = LeaverContactSettings.DEFAULTS;
    private static final LocalDate LEFT = LocalDate.of(2024, 5, 10);
    private static final LocalDate ENDS = LocalDate.of(2027, 5, 10);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Contact visit(String on) {
        return new Contact(d(on), true, ContactMethod.IN_PERSON);
    }

    private static Contact call(String on) {
        return new Contact(d(on), true, ContactMethod.PHONE);
    }

    private static List<Due> due(LeaverStatus status, List<Provided> provided,
            AdviserContacts.@Nullable Regular regular, @Nullable String lastReview, @Nullable String nextReview, List<Contact> contacts, String today) {
        return AdviserContacts.on(new Situation(status, LEFT, provided, regular,
                lastReview == null ? null : d(lastReview), nextReview == null ? null : d(nextReview), contacts, ENDS),
                d(today), SETTINGS);
    }

    @Test
    void whileTheCouncilProvidesTheAccommodationTheRegularContactIsAVisitEveryTwoMonths() {
        var items = due(LeaverStatus.FORMER_RELEVANT, List.of(new Provided(LEFT, null)),
                new AdviserContacts.Regular(d("2024-07-15"), true, 2, false), null, null,
                List.of(visit("2024-05-15"), call("2024-06-20")), "2024-08-01");
        assertThat(items).containsExactly(
                new Due(Kind.FIRST_VISIT, "Visit within 7 days of the council first providing accommodation",
                        d("2024-05-17"), d("2024-05-15")),
                new Due(Kind.REGULAR, "Visit: at most every 2 months while the council provides the accommodation",
                        d("2024-07-15"), null));
        assertThat(items.get(1).overdue(d("2024-08-01"))).isTrue();
    }

    @Test
    void aFirstVisitOnTheEighthDayIsLate() {
        var items = due(LeaverStatus.RELEVANT, List.of(new Provided(d("2024-06-01"), d("2024-09-01"))), null, null,
                null, List.of(visit("2024-06-09")), "2024-06-10");
        assertThat(items.get(0).due()).isEqualTo(d("2024-06-08"));
        assertThat(items.get(0).late()).isTrue();
    }

    @Test
    void aVisitIsDueBeforeEachPathwayPlanReviewAndACallDoesNotMeetIt() {
        var calls = due(LeaverStatus.FORMER_RELEVANT, List.of(), null, "2024-03-01", "2024-09-01",
                List.of(call("2024-08-20")), "2024-08-25");
        assertThat(calls).filteredOn(i -> i.kind() == Kind.BEFORE_REVIEW)
                .containsExactly(new Due(Kind.BEFORE_REVIEW, "Visit before the pathway plan review", d("2024-09-01"), null));
        var visited = due(LeaverStatus.FORMER_RELEVANT, List.of(), null, "2024-03-01", "2024-09-01",
                List.of(visit("2024-02-20"), visit("2024-08-20")), "2024-08-25");
        assertThat(visited).filteredOn(i -> i.kind() == Kind.BEFORE_REVIEW).extracting(Due::done)
                .containsExactly(d("2024-08-20"));
        // a visit before the last review does not count for the next
        var before = due(LeaverStatus.FORMER_RELEVANT, List.of(), null, "2024-03-01", "2024-09-01",
                List.of(visit("2024-02-20")), "2024-08-25");
        assertThat(before).filteredOn(i -> i.kind() == Kind.BEFORE_REVIEW).extracting(Due::done).containsOnlyNulls();
        assertThat(before).filteredOn(i -> i.kind() == Kind.PLAN_REVIEW).extracting(Due::due)
                .containsExactly(d("2024-09-01"));
    }

    @Test
    void theDutyEndsOnItsOwnNothingDueFromTheDayTheEntitlementEnds() {
        var contacts = List.of(call("2027-03-20"));
        // the day before the end: the next contact (20 June) would fall after it, so nothing is due
        var june = new AdviserContacts.Regular(d("2027-06-20"), false, 3, false);
        assertThat(due(LeaverStatus.FORMER_RELEVANT, List.of(), june, null, null, contacts, "2027-05-09")).isEmpty();
        // an item due before the end stays overdue until the end, then goes
        var old = List.of(call("2027-01-20"));
        var april = new AdviserContacts.Regular(d("2027-04-20"), false, 3, true);
        assertThat(due(LeaverStatus.FORMER_RELEVANT, List.of(), april, null, null, old, "2027-05-09"))
                .containsExactly(new Due(Kind.REGULAR, "Keep in touch every 3 months, as the pathway plan sets",
                        d("2027-04-20"), null));
        assertThat(due(LeaverStatus.FORMER_RELEVANT, List.of(), april, null, null, old, "2027-05-10")).isEmpty();
    }

    @Test
    void noAdviserContactForEligibleQualifyingOrNone() {
        for (var status : List.of(LeaverStatus.ELIGIBLE, LeaverStatus.QUALIFYING, LeaverStatus.NONE)) {
            assertThat(due(status, List.of(new Provided(LEFT, null)), null, null, "2024-09-01", List.of(),
                    "2024-08-01")).as(status.name()).isEmpty();
        }
    }
}
