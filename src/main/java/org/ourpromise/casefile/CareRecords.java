package org.ourpromise.casefile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.care.CareEpisodeRepository;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.children.ChildRegister.RegisteredChild;
import org.ourpromise.education.EducationEventRepository;
import org.ourpromise.health.HealthEventRepository;
import org.ourpromise.leavers.CareLeaverContactRepository;
import org.ourpromise.missing.MissingEpisodeRepository;
import org.ourpromise.permanence.PermanenceRepository;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.reviews.ReviewRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whole care records, assembled from the tables each feature owns. Reading everyone takes one
 * query per table, not per child, so an export of a large council stays fast.
 */
@Service
public class CareRecords {

    private final ChildRegister children;
    private final CareEpisodeRepository care;
    private final ReviewRepository reviews;
    private final HealthEventRepository health;
    private final EducationEventRepository education;
    private final MissingEpisodeRepository missing;
    private final CareLeaverContactRepository leavers;
    private final PermanenceRepository permanence;
    private final ApplicationEventPublisher events;

    CareRecords(ChildRegister children, CareEpisodeRepository care, ReviewRepository reviews,
            HealthEventRepository health, EducationEventRepository education, MissingEpisodeRepository missing,
            CareLeaverContactRepository leavers, PermanenceRepository permanence, ApplicationEventPublisher events) {
        this.events = events;
        this.children = children;
        this.care = care;
        this.reviews = reviews;
        this.health = health;
        this.education = education;
        this.missing = missing;
        this.leavers = leavers;
        this.permanence = permanence;
    }

    @Transactional(readOnly = true)
    public Optional<ChildRecord> load(String childId) {
        var list = assemble(childId);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** Every child's record, in child id order. */
    @Transactional(readOnly = true)
    public List<ChildRecord> loadAll() {
        return assemble(null);
    }

    private List<ChildRecord> assemble(@Nullable String childId) {
        Map<String, RegisteredChild> registered = children.children(childId);
        var episodes = care.episodes(childId);
        var visits = care.visits(childId);
        var plans = care.plans(childId);
        var reviewsHeld = reviews.reviews(childId);
        var healthEvents = health.events(childId);
        var educationEvents = education.events(childId);
        var missingEpisodes = missing.episodes(childId);
        var contacts = leavers.contacts(childId);
        var decisions = permanence.adoptionDecisions(childId);
        var orders = permanence.adoptionOrders(childId);
        var previous = permanence.previousPermanence(childId);
        var dolo = permanence.deprivationOfLiberty(childId);
        var allocations = children.allocations(childId);
        var records = new ArrayList<ChildRecord>(registered.size());
        for (var c : registered.values()) {
            String id = c.childId();
            records.add(new ChildRecord(id, c.identity(), c.uascUntil(), episodes.getOrDefault(id, List.of()),
                    reviewsHeld.getOrDefault(id, List.of()), healthEvents.getOrDefault(id, List.of()),
                    missingEpisodes.getOrDefault(id, List.of()), contacts.getOrDefault(id, List.of()),
                    decisions.getOrDefault(id, List.of()), orders.get(id), previous.get(id),
                    allocations.getOrDefault(id, List.of()), educationEvents.getOrDefault(id, List.of()),
                    dolo.getOrDefault(id, List.of()), visits.getOrDefault(id, List.of()),
                    plans.getOrDefault(id, List.of())));
        }
        return records;
    }

    /** Adds whole records (import, demo data) in the caller's transaction: one batch per table. */
    @Transactional
    public void addAll(List<ChildRecord> records) {
        children.insertAll(records.stream().map(r -> new RegisteredChild(r.childId(), r.identity(), r.uascUntil()))
                .toList());
        children.insertAllAllocations(by(records, ChildRecord::allocations));
        care.insertAllEpisodes(by(records, ChildRecord::episodes));
        care.insertAllVisits(by(records, ChildRecord::visits));
        care.insertAllPlans(by(records, ChildRecord::plans));
        reviews.insertAll(by(records, ChildRecord::reviews));
        health.insertAll(by(records, ChildRecord::health));
        education.insertAll(by(records, ChildRecord::education));
        missing.insertAll(by(records, ChildRecord::missing));
        leavers.insertAll(by(records, ChildRecord::careLeaverContacts));
        permanence.insertAdoptionDecisions(by(records, ChildRecord::adoptionDecisions));
        permanence.insertAdoptionOrders(one(records, ChildRecord::adoption));
        permanence.insertPreviousPermanence(one(records, ChildRecord::previousPermanence));
        permanence.insertDeprivationOfLiberty(by(records, ChildRecord::deprivationOfLiberty));
        events.publishEvent(new CareRecordChanged(null));
    }

    private static <T> Map<String, List<T>> by(List<ChildRecord> records, Function<ChildRecord, List<T>> part) {
        var map = new LinkedHashMap<String, List<T>>();
        records.forEach(r -> map.put(r.childId(), part.apply(r)));
        return map;
    }

    private static <T> Map<String, T> one(List<ChildRecord> records, Function<ChildRecord, @Nullable T> part) {
        var map = new LinkedHashMap<String, T>();
        records.forEach(r -> {
            T value = part.apply(r);
            if (value != null) {
                map.put(r.childId(), value);
            }
        });
        return map;
    }

    public long count() {
        return children.count();
    }

    /** Child ids already held, among the given ones. */
    public List<String> existing(List<String> childIds) {
        var found = new ArrayList<String>();
        for (String id : childIds) {
            if (children.exists(id)) {
                found.add(id);
            }
        }
        return found;
    }

}
