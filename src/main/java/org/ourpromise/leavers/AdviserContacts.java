package org.ourpromise.leavers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Pure: the personal adviser's contact duty to a relevant or former relevant young person as due items on a day
 * (decision 0169). A visit within 7 days of the council first providing accommodation; a visit before each pathway
 * plan review (after the last one, on or before the day the next is due); then visits at most every two months
 * while the council provides the accommodation, otherwise contact as the pathway plan sets (any contact in touch, by
 * any method), or at the interval set for the young person's status. A visit is a contact in touch made in person
 * (contacts recorded before the method was asked count as visits). An eligible young person is still looked after,
 * so the social worker's visits apply instead; a qualifying one has no adviser. Nothing falls due on or after the
 * day the entitlement ends, and from that day there is nothing at all: no item "overdue" for a 25-year-old.
 */
public final class AdviserContacts {

    private AdviserContacts() {
    }

    /** A contact as the duty reads it. */
    public record Contact(LocalDate date, boolean inTouch, @Nullable ContactMethod method) {
        boolean visit() {
            return inTouch && (method == null || method == ContactMethod.IN_PERSON);
        }
    }

    /** A span in which the council provides the young person's accommodation. */
    public record Provided(LocalDate from, @Nullable LocalDate until) {
        boolean on(LocalDate day) {
            return !from.isAfter(day) && (until == null || until.isAfter(day));
        }
    }

    /**
     * What the duty needs about one young person on the day.
     *
     * @param leftCare    the day their last period of care ended (null if never left)
     * @param planMonths  the contact interval the pathway plan sets, if it sets one
     * @param lastReview  the last pathway plan review (null if none yet)
     * @param nextReview  the day the next review is due (null if none is)
     */
    public record Situation(LeaverStatus status, @Nullable LocalDate leftCare, List<Provided> provided,
            @Nullable Integer planMonths, @Nullable LocalDate lastReview, @Nullable LocalDate nextReview,
            List<Contact> contacts, LocalDate dutyEnds) {
    }

    public enum Kind { FIRST_VISIT, BEFORE_REVIEW, REGULAR, PLAN_REVIEW }

    /** One item: what, by when, and the day it was done (null while open). */
    public record Due(Kind kind, String what, LocalDate due, @Nullable LocalDate done) {
        public boolean open() {
            return done == null;
        }

        public boolean overdue(LocalDate today) {
            return done == null && due.isBefore(today);
        }

        public boolean late() {
            return done != null && done.isAfter(due);
        }
    }

    public static List<Due> on(Situation s, LocalDate today, LeaverContactSettings settings) {
        if (!s.status().adviserAndPlan() || s.status().stillLookedAfter() || !today.isBefore(s.dutyEnds())) {
            return List.of();
        }
        var contacts = s.contacts().stream().filter(c -> !c.date().isAfter(today))
                .sorted(Comparator.comparing(Contact::date)).toList();
        var out = new ArrayList<Due>();
        firstVisit(s, contacts, settings).ifPresent(out::add);
        if (s.nextReview() != null) {
            var after = s.lastReview() != null ? s.lastReview() : s.leftCare() != null ? s.leftCare() : LocalDate.MIN;
            var visit = contacts.stream().filter(Contact::visit).map(Contact::date)
                    .filter(d -> d.isAfter(after) && !d.isAfter(s.nextReview())).reduce((a, b) -> b).orElse(null);
            out.add(new Due(Kind.BEFORE_REVIEW, "Visit before the pathway plan review", s.nextReview(), visit));
            out.add(new Due(Kind.PLAN_REVIEW, "Pathway plan review (every 6 months)", s.nextReview(), null));
        }
        regular(s, contacts, today, settings).ifPresent(out::add);
        return out.stream().filter(d -> d.due().isBefore(s.dutyEnds()))
                .sorted(Comparator.comparing(Due::due)).toList();
    }

    private static java.util.Optional<Due> firstVisit(Situation s, List<Contact> contacts,
            LeaverContactSettings settings) {
        var first = s.provided().stream().map(Provided::from).min(Comparator.naturalOrder());
        return first.map(from -> new Due(Kind.FIRST_VISIT, "Visit within " + settings.firstVisitDays()
                + " days of the council first providing accommodation", from.plusDays(settings.firstVisitDays()),
                contacts.stream().filter(Contact::visit).map(Contact::date).filter(d -> !d.isBefore(from))
                        .findFirst().orElse(null)));
    }

    /** The next regular contact, from the last that counts (or leaving care), at the interval that applies today. */
    private static java.util.Optional<Due> regular(Situation s, List<Contact> contacts, LocalDate today,
            LeaverContactSettings settings) {
        boolean accommodated = s.provided().stream().anyMatch(p -> p.on(today));
        var last = contacts.stream().filter(c -> accommodated ? c.visit() : c.inTouch()).map(Contact::date)
                .reduce((a, b) -> b).orElse(s.leftCare());
        if (last == null) {
            return java.util.Optional.empty();
        }
        if (accommodated) {
            int months = s.planMonths() == null ? settings.accommodatedMonths()
                    : Math.min(s.planMonths(), settings.accommodatedMonths());
            return java.util.Optional.of(new Due(Kind.REGULAR, "Visit: at most every " + months(months)
                    + " while the council provides the accommodation", last.plusMonths(months), null));
        }
        int months = s.planMonths() != null ? s.planMonths() : settings.otherwiseMonths(s.status());
        return java.util.Optional.of(new Due(Kind.REGULAR, "Keep in touch every " + months(months)
                + (s.planMonths() != null ? ", as the pathway plan sets" : " (the pathway plan sets no interval)"),
                last.plusMonths(months), null));
    }

    private static String months(int n) {
        return n == 1 ? "month" : n + " months";
    }
}
