package org.ourpromise.timescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.timescales.Deadlines.Step;
import org.ourpromise.timescales.Deadlines.Window;

/**
 * Duties to eligible, relevant and former relevant young people (DOMAIN.md §3.2 rows 26–29, §3.3): the
 * needs assessment within 3 months of 16 or of becoming eligible, pathway plan reviews every 6 months
 * until 21, and personal adviser contact within 7 days of leaving care then every 2 months until 21.
 * Qualifying care leavers are owed advice and assistance without timescales, so nothing here. A contact
 * recording that the young person died or no longer requires services ends both chains. When the young person's
 * entitlement is known, its end replaces the settings' ages (decision 0127): support to 25 on request, or to the end
 * of a programme of education or training, keeps both chains going after 21; saying they no longer want it ends them.
 * With the adviser's contact terms (decision 0215) the contact chain is the leavers room's duty instead of the
 * statutory floor: the plan's interval, or at most 2 months while the council provides the accommodation.
 */
final class LeaverRules {

    private LeaverRules() {
    }

    static void add(CareHistory history, Deadlines out, @Nullable LocalDate dutyEnds) {
        add(history, out, dutyEnds, null);
    }

    /** As above; with the adviser's contact terms, the contact chain is the leavers room's duty (decision 0215). */
    static void add(CareHistory history, Deadlines out, @Nullable LocalDate dutyEnds,
            @Nullable AdviserContactTerms terms) {
        var eligible = CareLeaverCategory.eligibleFrom(history.periods, history.child.dateOfBirth(), out.asAt);
        if (eligible == null) {
            return;
        }
        var sixteenth = history.birthday(16);
        var stop = stop(history.child.careLeaverContacts(), eligible, out.asAt);
        out.once(eligible.equals(sixteenth) ? "16th birthday" : "became an eligible child", eligible,
                new Step(DeadlineRule.NEEDS_ASSESSMENT_16, eligible.plusMonths(3)),
                history.plans(PlanEvent.Kind.NEEDS_ASSESSMENT), Window.open(LocalDate.MIN));
        var planUntil = earlier(dutyEnds != null ? dutyEnds : history.birthday(out.settings.pathwayPlanUntilAge()), stop);
        out.chain(eligible.equals(sixteenth) ? "16th birthday" : "became an eligible child", eligible,
                new Step(DeadlineRule.PATHWAY_PLAN_REVIEW, eligible.plusMonths(6)), pathwayPlans(history),
                new Window(eligible, planUntil.minusDays(1), planUntil),
                (done, last) -> last.plusMonths(6).isBefore(planUntil)
                        ? new Step(DeadlineRule.PATHWAY_PLAN_REVIEW, last.plusMonths(6)) : null);
        var paUntil = earlier(dutyEnds != null ? dutyEnds
                : history.birthday(out.settings.personalAdviserUntilAge()), stop);
        if (terms == null) {
            personalAdviser(history, out, eligible, paUntil);
        } else {
            adviserDuty(history, out, eligible, paUntil, terms);
        }
    }

    /**
     * PA contact from each time the young person left care after becoming eligible, until re-entry or the duty ends.
     *
     * @param paUntil the first day no contact is owed: the end of the entitlement, or of services
     */
    private static void personalAdviser(CareHistory history, Deadlines out, LocalDate eligible, LocalDate paUntil) {
        var contacts = CareHistory.sorted(new ArrayList<>(history.child.careLeaverContacts().stream()
                .filter(c -> c.inTouch().equalsIgnoreCase("YES"))
                .map(c -> new Evidence(c.date(), "in touch with personal adviser")).toList()));
        eachTimeLeft(history, eligible, paUntil, (left, until) -> out.chain("left care", left,
                new Step(DeadlineRule.PA_CONTACT, left.plusDays(7)), contacts, new Window(left, until.minusDays(1), until),
                (done, last) -> last.plusMonths(2).isBefore(until)
                        ? new Step(DeadlineRule.PA_CONTACT, last.plusMonths(2)) : null));
    }

    /**
     * Each day the young person left care after becoming eligible and before {@code paUntil}, with the day the
     * contacts stop (re-entry to care, or {@code paUntil}).
     */
    private static void eachTimeLeft(CareHistory history, LocalDate eligible, LocalDate paUntil,
            java.util.function.BiConsumer<LocalDate, LocalDate> leftUntil) {
        var periods = history.periods;
        for (int i = 0; i < periods.size(); i++) {
            var left = periods.get(i).end();
            if (left == null || !left.isAfter(eligible) || !left.isBefore(paUntil)) {
                continue;
            }
            leftUntil.accept(left, i + 1 < periods.size() ? earlier(periods.get(i + 1).start(), paUntil) : paUntil);
        }
    }

    /**
     * The duty's contacts from each time the young person left care after becoming eligible, until re-entry or the
     * duty ends: the first from the day of leaving, each next from the last contact that counts, at the interval that
     * applies on the day of the contact that meets it, or on the as-at day while none has ({@link AdviserContactTerms}).
     * A contact on the day of leaving meets the first.
     */
    private static void adviserDuty(CareHistory history, Deadlines out, LocalDate eligible, LocalDate paUntil,
            AdviserContactTerms terms) {
        var contacts = CareHistory.sorted(new ArrayList<>(history.child.careLeaverContacts().stream()
                .filter(c -> c.inTouch().equalsIgnoreCase("YES") && terms.counts(c.date()))
                .map(c -> new Evidence(c.date(), terms.accommodatedOn(c.date()) ? "visit from personal adviser"
                        : "in touch with personal adviser")).toList()));
        var dob = history.child.dateOfBirth();
        eachTimeLeft(history, eligible, paUntil, (left, until) -> {
            var first = terms.nextDue(left, nextContact(contacts, left.minusDays(1), out.asAt), dob);
            out.chain("left care", left, new Step(DeadlineRule.PA_CONTACT, first), contacts,
                    new Window(left, until.minusDays(1), until), (done, last) -> {
                        var due = terms.nextDue(last, nextContact(contacts, last, out.asAt), dob);
                        return due.isBefore(until) ? new Step(DeadlineRule.PA_CONTACT, due) : null;
                    });
        });
    }

    /** The day of the first contact after {@code after} up to the as-at day, or the as-at day if none. */
    private static LocalDate nextContact(List<Evidence> contacts, LocalDate after, LocalDate asAt) {
        for (var c : contacts) {
            if (c.date().isAfter(after) && !c.date().isAfter(asAt)) {
                return c.date();
            }
        }
        return asAt;
    }

    private static List<Evidence> pathwayPlans(CareHistory history) {
        var all = new ArrayList<>(history.plans(PlanEvent.Kind.PATHWAY_PLAN));
        history.child.careLeaverContacts().stream().filter(CareLeaverContact::pathwayPlanReviewed)
                .forEach(c -> all.add(new Evidence(c.date(), "pathway plan reviewed at contact")));
        return CareHistory.sorted(all);
    }

    /** The first contact after eligibility saying the young person died or no longer needs services. */
    private static LocalDate stop(List<CareLeaverContact> contacts, LocalDate eligible, LocalDate asAt) {
        return contacts.stream().filter(c -> !c.date().isAfter(asAt))
                .filter(c -> c.inTouch().equalsIgnoreCase("DIED") || c.inTouch().equalsIgnoreCase("NREQ"))
                .map(CareLeaverContact::date).filter(d -> !d.isBefore(eligible))
                .min(LocalDate::compareTo).orElse(LocalDate.MAX);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
