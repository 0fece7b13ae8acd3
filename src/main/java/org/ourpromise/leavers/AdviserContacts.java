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
 * any method), or at the interval set for the young person's status. That regular contact is the deadline engine's
 * adviser contact worked out with this room's terms (decision 0215), given here as {@link Regular}, so every page
 * and figure has one deadline for it. A visit is a contact in touch made in person
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
     * @param regular     the next regular contact, from the deadline engine (null when none is owed)
     * @param lastReview  the last pathway plan review (null if none yet)
     * @param nextReview  the day the next review is due (null if none is)
     */
    public record Situation(LeaverStatus status, @Nullable LocalDate leftCare, List<Provided> provided,
            @Nullable Regular regular, @Nullable LocalDate lastReview, @Nullable LocalDate nextReview,
            List<Contact> contacts, LocalDate dutyEnds) {
    }

    /**
     * The next regular contact as the deadline engine works it out: due on the day, a visit (the council provides the
     * accommodation) or any contact in touch, at an interval of so many months, set by the pathway plan or not.
     */
    public record Regular(LocalDate due, boolean visit, int months, boolean planSets) {
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
        regular(s).ifPresent(out::add);
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

    /** The next regular contact, in words, from the engine's (decision 0215). */
    private static java.util.Optional<Due> regular(Situation s) {
        var r = s.regular();
        if (r == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Due(Kind.REGULAR, r.visit()
                ? "Visit: at most every " + months(r.months()) + " while the council provides the accommodation"
                : "Keep in touch every " + months(r.months())
                        + (r.planSets() ? ", as the pathway plan sets" : " (the pathway plan sets no interval)"),
                r.due(), null));
    }

    private static String months(int n) {
        return n == 1 ? "month" : n + " months";
    }
}
