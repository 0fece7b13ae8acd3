package org.ourpromise.record;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything Promise holds about one child or care leaver, as dated events. The SSDA903 return is
 * derived from this (never stored); an imported return is turned back into it.
 *
 * @param childId   the council's own child identifier (the 903 CHILD), stable across years
 * @param sex       M, F or U (the 903 writes 1/2 before 2024-25)
 * @param uascUntil null if never an unaccompanied asylum-seeking child; else the date UASC status
 *                  ceased, or {@link #UASC_ONGOING} while it continues
 */
public record ChildRecord(
        String childId,
        Identity identity,
        @Nullable LocalDate uascUntil,
        List<CareEpisode> episodes,
        List<ReviewHeld> reviews,
        List<HealthEvent> health,
        List<MissingEpisode> missing,
        List<CareLeaverContact> careLeaverContacts,
        List<AdoptionDecision> adoptionDecisions,
        @Nullable AdoptionOrder adoption,
        @Nullable PreviousPermanence previousPermanence,
        List<Allocation> allocations,
        List<EducationEvent> education,
        List<DeprivationOfLiberty> deprivationOfLiberty,
        List<Visit> visits,
        List<PlanEvent> plans) {

    /** Marker for a UASC status that has not ceased. */
    public static final LocalDate UASC_ONGOING = LocalDate.of(9999, 12, 31);

    public ChildRecord {
        episodes = List.copyOf(episodes);
        reviews = List.copyOf(reviews);
        health = List.copyOf(health);
        missing = List.copyOf(missing);
        careLeaverContacts = List.copyOf(careLeaverContacts);
        adoptionDecisions = List.copyOf(adoptionDecisions);
        allocations = List.copyOf(allocations);
        education = List.copyOf(education);
        deprivationOfLiberty = List.copyOf(deprivationOfLiberty);
        visits = List.copyOf(visits);
        plans = List.copyOf(plans);
    }

    public LocalDate dateOfBirth() {
        return identity.dateOfBirth();
    }

    // The same record with one part replaced: what a recording form saved, without reading the record again.

    public ChildRecord withEpisodes(List<CareEpisode> episodes) {
        return new ChildRecord(childId, identity, uascUntil, episodes, reviews, health, missing, careLeaverContacts,
                adoptionDecisions, adoption, previousPermanence, allocations, education, deprivationOfLiberty,
                visits, plans);
    }

    public ChildRecord withReviews(List<ReviewHeld> reviews) {
        return new ChildRecord(childId, identity, uascUntil, episodes, reviews, health, missing, careLeaverContacts,
                adoptionDecisions, adoption, previousPermanence, allocations, education, deprivationOfLiberty,
                visits, plans);
    }

    public ChildRecord withHealth(List<HealthEvent> health) {
        return new ChildRecord(childId, identity, uascUntil, episodes, reviews, health, missing, careLeaverContacts,
                adoptionDecisions, adoption, previousPermanence, allocations, education, deprivationOfLiberty,
                visits, plans);
    }

    public ChildRecord withMissing(List<MissingEpisode> missing) {
        return new ChildRecord(childId, identity, uascUntil, episodes, reviews, health, missing, careLeaverContacts,
                adoptionDecisions, adoption, previousPermanence, allocations, education, deprivationOfLiberty,
                visits, plans);
    }

    public ChildRecord withCareLeaverContacts(List<CareLeaverContact> careLeaverContacts) {
        return new ChildRecord(childId, identity, uascUntil, episodes, reviews, health, missing, careLeaverContacts,
                adoptionDecisions, adoption, previousPermanence, allocations, education, deprivationOfLiberty,
                visits, plans);
    }

    public ChildRecord withEducation(List<EducationEvent> education) {
        return new ChildRecord(childId, identity, uascUntil, episodes, reviews, health, missing, careLeaverContacts,
                adoptionDecisions, adoption, previousPermanence, allocations, education, deprivationOfLiberty,
                visits, plans);
    }

    public ChildRecord withVisits(List<Visit> visits) {
        return new ChildRecord(childId, identity, uascUntil, episodes, reviews, health, missing, careLeaverContacts,
                adoptionDecisions, adoption, previousPermanence, allocations, education, deprivationOfLiberty,
                visits, plans);
    }

    public ChildRecord withPlans(List<PlanEvent> plans) {
        return new ChildRecord(childId, identity, uascUntil, episodes, reviews, health, missing, careLeaverContacts,
                adoptionDecisions, adoption, previousPermanence, allocations, education, deprivationOfLiberty,
                visits, plans);
    }
}
