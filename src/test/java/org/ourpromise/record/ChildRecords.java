package org.ourpromise.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one test fixture builder for {@link ChildRecord}s: a child's record written out event by event, everything
 * not given left empty. The engines' tests build their children with it, directly or through a few words of their
 * own (a foster placement "in care from", a review "held on") that end up here.
 */
public final class ChildRecords {

    private final String childId;
    private Identity identity;
    private @Nullable LocalDate uascUntil;
    private List<CareEpisode> episodes = new ArrayList<>();
    private List<ReviewHeld> reviews = new ArrayList<>();
    private List<HealthEvent> health = new ArrayList<>();
    private List<MissingEpisode> missing = new ArrayList<>();
    private List<CareLeaverContact> contacts = new ArrayList<>();
    private List<AdoptionDecision> adoptionDecisions = new ArrayList<>();
    private @Nullable AdoptionOrder adoption;
    private @Nullable PreviousPermanence previousPermanence;
    private List<Allocation> allocations = new ArrayList<>();
    private List<EducationEvent> education = new ArrayList<>();
    private List<DeprivationOfLiberty> deprivationOfLiberty = new ArrayList<>();
    private List<Visit> visits = new ArrayList<>();
    private List<PlanEvent> plans = new ArrayList<>();

    private ChildRecords(String childId, Identity identity) {
        this.childId = childId;
        this.identity = identity;
    }

    public static ChildRecords child(String childId, Identity identity) {
        return new ChildRecords(childId, identity);
    }

    /** A White British child with no UPN, NHS number or disability, not a mother. */
    public static ChildRecords child(String childId, String given, String family, LocalDate dob, String sex) {
        return child(childId, person(given, family, dob, sex));
    }

    /** Everything of {@code record}, to be changed before it is built again. */
    public static ChildRecords copyOf(ChildRecord record) {
        var copy = child(record.childId(), record.identity());
        copy.uascUntil = record.uascUntil();
        copy.episodes = new ArrayList<>(record.episodes());
        copy.reviews = new ArrayList<>(record.reviews());
        copy.health = new ArrayList<>(record.health());
        copy.missing = new ArrayList<>(record.missing());
        copy.contacts = new ArrayList<>(record.careLeaverContacts());
        copy.adoptionDecisions = new ArrayList<>(record.adoptionDecisions());
        copy.adoption = record.adoption();
        copy.previousPermanence = record.previousPermanence();
        copy.allocations = new ArrayList<>(record.allocations());
        copy.education = new ArrayList<>(record.education());
        copy.deprivationOfLiberty = new ArrayList<>(record.deprivationOfLiberty());
        copy.visits = new ArrayList<>(record.visits());
        copy.plans = new ArrayList<>(record.plans());
        return copy;
    }

    /** White British, no UPN, NHS number or disability, not a mother. */
    public static Identity person(String given, String family, LocalDate dob, String sex) {
        return new Identity(given, family, dob, sex, "WBRI", null, null, null, null, false);
    }

    /** An ISO date (2025-03-31); null or blank for none. */
    public static @Nullable LocalDate date(@Nullable String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso.strip());
    }

    /** Space-separated ISO dates; null or blank for none. */
    public static List<LocalDate> dates(@Nullable String isoDates) {
        return isoDates == null || isoDates.isBlank() ? List.of()
                : Arrays.stream(isoDates.strip().split("\\s+")).map(LocalDate::parse).toList();
    }

    public ChildRecords identity(Identity identity) {
        this.identity = identity;
        return this;
    }

    public Identity identity() {
        return identity;
    }

    /** The same person born on another day. */
    public ChildRecords bornOn(LocalDate dob) {
        var i = identity;
        identity = new Identity(i.givenName(), i.familyName(), dob, i.sex(), i.ethnicity(), i.upn(), i.nhsNumber(),
                i.mother(), i.childsBirth(), i.disabled());
        return this;
    }

    public ChildRecords uascUntil(@Nullable LocalDate until) {
        this.uascUntil = until;
        return this;
    }

    public ChildRecords episode(CareEpisode... more) {
        episodes.addAll(List.of(more));
        return this;
    }

    public ChildRecords review(ReviewHeld... more) {
        reviews.addAll(List.of(more));
        return this;
    }

    public ChildRecords health(HealthEvent... more) {
        health.addAll(List.of(more));
        return this;
    }

    public ChildRecords missing(MissingEpisode... more) {
        missing.addAll(List.of(more));
        return this;
    }

    public ChildRecords contact(CareLeaverContact... more) {
        contacts.addAll(List.of(more));
        return this;
    }

    public ChildRecords adoptionDecision(AdoptionDecision... more) {
        adoptionDecisions.addAll(List.of(more));
        return this;
    }

    public ChildRecords adoption(@Nullable AdoptionOrder order) {
        this.adoption = order;
        return this;
    }

    public ChildRecords previousPermanence(@Nullable PreviousPermanence permanence) {
        this.previousPermanence = permanence;
        return this;
    }

    public ChildRecords allocation(Allocation... more) {
        allocations.addAll(List.of(more));
        return this;
    }

    public ChildRecords education(EducationEvent... more) {
        education.addAll(List.of(more));
        return this;
    }

    public ChildRecords deprivationOfLiberty(DeprivationOfLiberty... more) {
        deprivationOfLiberty.addAll(List.of(more));
        return this;
    }

    public ChildRecords visit(Visit... more) {
        visits.addAll(List.of(more));
        return this;
    }

    public ChildRecords plan(PlanEvent... more) {
        plans.addAll(List.of(more));
        return this;
    }

    /** Every kind of event, in place of what was given so far: for children drawn or changed wholesale. */
    public ChildRecords episodes(List<CareEpisode> all) {
        episodes = new ArrayList<>(all);
        return this;
    }

    public ChildRecords reviews(List<ReviewHeld> all) {
        reviews = new ArrayList<>(all);
        return this;
    }

    public ChildRecords health(List<HealthEvent> all) {
        health = new ArrayList<>(all);
        return this;
    }

    public ChildRecords missing(List<MissingEpisode> all) {
        missing = new ArrayList<>(all);
        return this;
    }

    public ChildRecords contacts(List<CareLeaverContact> all) {
        contacts = new ArrayList<>(all);
        return this;
    }

    public ChildRecords adoptionDecisions(List<AdoptionDecision> all) {
        adoptionDecisions = new ArrayList<>(all);
        return this;
    }

    public ChildRecords allocations(List<Allocation> all) {
        allocations = new ArrayList<>(all);
        return this;
    }

    public ChildRecords education(List<EducationEvent> all) {
        education = new ArrayList<>(all);
        return this;
    }

    public ChildRecords deprivationOfLiberty(List<DeprivationOfLiberty> all) {
        deprivationOfLiberty = new ArrayList<>(all);
        return this;
    }

    public ChildRecords visits(List<Visit> all) {
        visits = new ArrayList<>(all);
        return this;
    }

    public ChildRecords plans(List<PlanEvent> all) {
        plans = new ArrayList<>(all);
        return this;
    }

    public ChildRecord build() {
        return new ChildRecord(childId, identity, uascUntil, episodes, reviews, health, missing, contacts,
                adoptionDecisions, adoption, previousPermanence, allocations, education, deprivationOfLiberty, visits,
                plans);
    }
}
