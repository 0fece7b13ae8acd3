package org.ourpromise.leavers;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.CurrentFacts;
import org.ourpromise.casefile.OpenDeadlines;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.TimescaleSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal adviser's contact duty to one young person from what is recorded: their status, the day they left
 * care, the council's accommodation, the pathway plan's reviews and interval, their contacts and the end of their
 * entitlement ({@link AdviserContacts} works it out).
 */
@Component
class AdviserContactDuty {

    private final AdviserContactStore store;
    private final LeavingCareOffer offer;
    private final LeaverContactSettings settings;
    private final PathwayPlans plans;
    private final LeavingCareDutyEnds terms;
    private final TimescaleSettings timescales;

    AdviserContactDuty(AdviserContactStore store, LeavingCareOffer offer, LeaverContactSettings settings,
            PathwayPlans plans, LeavingCareDutyEnds terms, TimescaleSettings timescales) {
        this.store = store;
        this.offer = offer;
        this.settings = settings;
        this.plans = plans;
        this.terms = terms;
        this.timescales = timescales;
    }

    @Transactional(readOnly = true)
    List<AdviserContacts.Due> due(ChildRecord child, LocalDate today) {
        return AdviserContacts.on(situation(child, today), today, settings);
    }

    @Transactional(readOnly = true)
    AdviserContacts.Situation situation(ChildRecord child, LocalDate today) {
        var id = child.childId();
        var entitlement = offer.entitlements(id).get(id);
        var lastReview = lastReview(child, plans.lastReviewed(id));
        return new AdviserContacts.Situation(LeaverStatus.of(child, today, entitlement), leftCare(child),
                store.provisions(id).stream().map(AdviserContactStore.StoredProvision::provided).toList(),
                regular(child, today), lastReview,
                lastReview == null ? null : lastReview.plusMonths(PathwayPlans.REVIEW_MONTHS), store.contacts(id),
                LeavingCareEntitlements.dutyEnds(child.dateOfBirth(), entitlement));
    }

    /**
     * The next regular contact: the deadline engine's open adviser contact worked out with this room's terms
     * (decision 0215), as the record page, the worklists, the digest and the measure see it.
     */
    private AdviserContacts.@Nullable Regular regular(ChildRecord child, LocalDate today) {
        var contactTerms = terms.contactTerms(child);
        var open = OpenDeadlines.of(child, today, CurrentFacts.of(child, today).inCareSince(), timescales,
                terms.ends(child), contactTerms).items().stream().filter(i -> i.rule() == DeadlineRule.PA_CONTACT)
                .findFirst();
        // still open: the interval is the one that applies today
        return open.map(i -> new AdviserContacts.Regular(i.due(), contactTerms.accommodatedOn(today),
                contactTerms.monthsOn(today, child.dateOfBirth()), contactTerms.planMonthsOn(today) != null))
                .orElse(null);
    }

    /** The day the young person's last period of care ended; null while in care or if never in care. */
    static @Nullable LocalDate leftCare(ChildRecord child) {
        if (child.episodes().isEmpty() || child.episodes().stream().anyMatch(CareEpisode::isOpen)) {
            return null;
        }
        return child.episodes().stream().map(CareEpisode::ceased).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** The latest pathway plan review: a plan recorded on the record, a contact at which it was reviewed, or a version. */
    static @Nullable LocalDate lastReview(ChildRecord child, @Nullable LocalDate lastVersion) {
        LocalDate last = lastVersion;
        for (var p : child.plans()) {
            if (p.kind() == PlanEvent.Kind.PATHWAY_PLAN && (last == null || p.date().isAfter(last))) {
                last = p.date();
            }
        }
        for (var c : child.careLeaverContacts()) {
            if (c.pathwayPlanReviewed() && (last == null || c.date().isAfter(last))) {
                last = c.date();
            }
        }
        return last;
    }

}
