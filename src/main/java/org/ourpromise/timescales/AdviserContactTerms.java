package org.ourpromise.timescales;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Pure: what the personal adviser's contact duty to a care leaver needs beyond the record (decisions 0169, 0215),
 * given by the room that keeps it: the spans in which the council provides the young person's accommodation, the
 * contact interval each pathway plan version set, the days the young person was in touch but not seen in person,
 * and the intervals set for the council. With them the engine's adviser contact chain is the duty: after each
 * contact that counts (or leaving care), the next is due at the interval that applies on the day it is made, or,
 * while none has been, on the day the deadline is read. While the council provides the accommodation only a visit
 * counts and the interval is the shorter of two months (the setting) and the plan's; otherwise any contact in touch
 * counts, at the plan's interval or, if it sets none, the one set for the young person's status on that day
 * (relevant under 18, former relevant from 18). So a plan agreed, or accommodation provided, since the last contact
 * changes the deadline at once (the visit within 7 days of the council first providing it is the leavers room's).
 * A contact counted while not accommodated (a call) still counts once the council provides the accommodation.
 *
 * @param councilAccommodation the spans in which the council provides the accommodation
 * @param plans                each pathway plan version: the day reviewed and the interval it set (null: none)
 * @param notInPerson          days with a contact in touch but none in person (a call, a message, a video call)
 * @param accommodatedMonths   at most this many months between visits while the council provides accommodation
 * @param relevantMonths       otherwise, under 18, when the plan sets no interval
 * @param formerRelevantMonths otherwise, from 18, when the plan sets no interval
 */
public record AdviserContactTerms(List<Provided> councilAccommodation, List<PlanInterval> plans,
        Set<LocalDate> notInPerson, int accommodatedMonths, int relevantMonths, int formerRelevantMonths) {

    public AdviserContactTerms {
        councilAccommodation = List.copyOf(councilAccommodation);
        plans = plans.stream().sorted(java.util.Comparator.comparing(PlanInterval::from)).toList();
        notInPerson = Set.copyOf(notInPerson);
    }

    /** A span in which the council provides the accommodation, from its first day to the day it ended (if it has). */
    public record Provided(LocalDate from, @Nullable LocalDate until) {
        public boolean on(LocalDate day) {
            return !from.isAfter(day) && (until == null || until.isAfter(day));
        }
    }

    /** A pathway plan version: the day it was reviewed and the contact interval it set, if any. */
    public record PlanInterval(LocalDate from, @Nullable Integer months) {
    }

    /** Whether the council provides the accommodation on the day. */
    public boolean accommodatedOn(LocalDate day) {
        return councilAccommodation.stream().anyMatch(p -> p.on(day));
    }

    /** The interval the pathway plan in force on the day sets (the latest version reviewed by then), if any. */
    public @Nullable Integer planMonthsOn(LocalDate day) {
        Integer months = null;
        for (var p : plans) {
            if (!p.from().isAfter(day)) {
                months = p.months();
            }
        }
        return months;
    }

    /** Whether a contact in touch on the day counts: any contact, but only a visit while accommodated. */
    public boolean counts(LocalDate day) {
        return !accommodatedOn(day) || !notInPerson.contains(day);
    }

    /** The months between contacts that apply on the day (the day the next is made, or the day read). */
    public int monthsOn(LocalDate day, LocalDate dateOfBirth) {
        var plan = planMonthsOn(day);
        if (accommodatedOn(day)) {
            return plan == null ? accommodatedMonths : Math.min(plan, accommodatedMonths);
        }
        return plan != null ? plan : Birthdays.age(dateOfBirth, day) < 18 ? relevantMonths : formerRelevantMonths;
    }

    /**
     * The day the next contact is due after one on {@code last} (or leaving care then), at the interval that applies
     * on {@code on}: the day of the next contact that counts, or the day read while none has been made.
     */
    public LocalDate nextDue(LocalDate last, LocalDate on, LocalDate dateOfBirth) {
        return last.plusMonths(monthsOn(on, dateOfBirth));
    }
}
