package org.ourpromise.casefile;

import java.util.ArrayList;
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

    CareRecords(ChildRegister children, CareEpisodeRepository care, ReviewRepository reviews,
            HealthEventRepository health, EducationEventRepository education, MissingEpisodeRepository missing,
            CareLeaverContactRepository leavers, PermanenceRepository permanence) {
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

    /** Adds whole records (import, demo data) in the caller's transaction. */
    @Transactional
    public void addAll(List<ChildRecord> records) {
        for (var r : records) {
            children.insert(new RegisteredChild(r.childId(), r.identity(), r.uascUntil()));
            children.insertAllocations(r.childId(), r.allocations());
            care.insertEpisodes(r.childId(), r.episodes());
            care.insertVisits(r.childId(), r.visits());
            care.insertPlans(r.childId(), r.plans());
            reviews.insert(r.childId(), r.reviews());
            health.insert(r.childId(), r.health());
            education.insert(r.childId(), r.education());
            missing.insert(r.childId(), r.missing());
            leavers.insert(r.childId(), r.careLeaverContacts());
            permanence.insert(r.childId(), r.adoptionDecisions(), r.adoption(), r.previousPermanence(),
                    r.deprivationOfLiberty());
        }
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
