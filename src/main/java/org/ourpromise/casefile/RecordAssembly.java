package org.ourpromise.casefile;

import java.util.List;
import java.util.Map;
import org.ourpromise.children.ChildRegister.RegisteredChild;
import org.ourpromise.record.AdoptionDecision;
import org.ourpromise.record.AdoptionOrder;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.DeprivationOfLiberty;
import org.ourpromise.record.EducationEvent;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.PreviousPermanence;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.record.Visit;

/**
 * The parts of children's records as the features read them, by child id, before they are put together.
 * Each {@link RecordPart} fills in its own parts; a part nobody fills in is empty.
 */
public final class RecordAssembly {

    private Map<String, List<CareEpisode>> episodes = Map.of();
    private Map<String, List<Visit>> visits = Map.of();
    private Map<String, List<PlanEvent>> plans = Map.of();
    private Map<String, List<ReviewHeld>> reviews = Map.of();
    private Map<String, List<HealthEvent>> health = Map.of();
    private Map<String, List<EducationEvent>> education = Map.of();
    private Map<String, List<MissingEpisode>> missing = Map.of();
    private Map<String, List<CareLeaverContact>> contacts = Map.of();
    private Map<String, List<AdoptionDecision>> adoptionDecisions = Map.of();
    private Map<String, AdoptionOrder> adoptionOrders = Map.of();
    private Map<String, PreviousPermanence> previousPermanence = Map.of();
    private Map<String, List<DeprivationOfLiberty>> deprivationOfLiberty = Map.of();

    RecordAssembly() {
    }

    public void episodes(Map<String, List<CareEpisode>> byChild) {
        episodes = byChild;
    }

    public void visits(Map<String, List<Visit>> byChild) {
        visits = byChild;
    }

    public void plans(Map<String, List<PlanEvent>> byChild) {
        plans = byChild;
    }

    public void reviews(Map<String, List<ReviewHeld>> byChild) {
        reviews = byChild;
    }

    public void health(Map<String, List<HealthEvent>> byChild) {
        health = byChild;
    }

    public void education(Map<String, List<EducationEvent>> byChild) {
        education = byChild;
    }

    public void missing(Map<String, List<MissingEpisode>> byChild) {
        missing = byChild;
    }

    public void careLeaverContacts(Map<String, List<CareLeaverContact>> byChild) {
        contacts = byChild;
    }

    public void adoptionDecisions(Map<String, List<AdoptionDecision>> byChild) {
        adoptionDecisions = byChild;
    }

    public void adoptionOrders(Map<String, AdoptionOrder> byChild) {
        adoptionOrders = byChild;
    }

    public void previousPermanence(Map<String, PreviousPermanence> byChild) {
        previousPermanence = byChild;
    }

    public void deprivationOfLiberty(Map<String, List<DeprivationOfLiberty>> byChild) {
        deprivationOfLiberty = byChild;
    }

    /** The whole record of one registered child, from the parts read. */
    ChildRecord record(RegisteredChild c, List<Allocation> allocations) {
        String id = c.childId();
        return new ChildRecord(id, c.identity(), c.uascUntil(), list(episodes, id), list(reviews, id),
                list(health, id), list(missing, id), list(contacts, id), list(adoptionDecisions, id),
                adoptionOrders.get(id), previousPermanence.get(id), allocations, list(education, id),
                list(deprivationOfLiberty, id), list(visits, id), list(plans, id));
    }

    private static <T> List<T> list(Map<String, List<T>> byChild, String childId) {
        return byChild.getOrDefault(childId, List.of());
    }
}
