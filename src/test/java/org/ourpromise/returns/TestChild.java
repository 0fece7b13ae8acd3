package org.ourpromise.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ourpromise.record.AdoptionDecision;
import org.ourpromise.record.AdoptionOrder;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.DeprivationOfLiberty;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.Identity;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.record.PreviousPermanence;
import org.ourpromise.record.ReviewHeld;

/** A child's record written out by hand in tests; dates are ISO (2025-03-31), blank for none. */
final class TestChild {

    private final String id;
    private final LocalDate dob;
    private String sex = "M";
    private Boolean mother;
    private LocalDate childsBirth;
    private LocalDate uascUntil;
    private final List<CareEpisode> episodes = new ArrayList<>();
    private final List<ReviewHeld> reviews = new ArrayList<>();
    private final List<HealthEvent> health = new ArrayList<>();
    private final List<MissingEpisode> missing = new ArrayList<>();
    private final List<CareLeaverContact> contacts = new ArrayList<>();
    private final List<AdoptionDecision> decisions = new ArrayList<>();
    private AdoptionOrder adoption;
    private PreviousPermanence previousPermanence;
    private final List<Allocation> allocations = new ArrayList<>();
    private final List<DeprivationOfLiberty> dols = new ArrayList<>();

    private TestChild(String id, String dob) {
        this.id = id;
        this.dob = date(dob);
    }

    static TestChild child(String id, String dob) {
        return new TestChild(id, dob);
    }

    static LocalDate date(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso.strip());
    }

    TestChild sex(String sex) {
        this.sex = sex;
        return this;
    }

    TestChild mother(Boolean mother) {
        this.mother = mother;
        return this;
    }

    /** A mother whose first child was born on {@code born}. */
    TestChild motherOf(String born) {
        this.mother = true;
        this.childsBirth = date(born);
        return this;
    }

    TestChild uascUntil(String until) {
        this.uascUntil = until.equals("ongoing") ? ChildRecord.UASC_ONGOING : date(until);
        return this;
    }

    /** An episode in foster care (U4, own provision) on a full care order unless told otherwise. */
    TestChild episode(String from, String to, String rne, String rec) {
        return episode(from, to, rne, "C2", "U4", rec);
    }

    TestChild episode(String from, String to, String rne, String ls, String place, String rec) {
        LocalDate ceased = date(to);
        episodes.add(new CareEpisode(date(from), rne, ls, "N1", place, "PR1", ceased,
                ceased == null ? null : rec, ceased == null ? null : "CARPL", "LE1 1AA", "LE2 2BB", null));
        return this;
    }

    TestChild review(String on, String code) {
        reviews.add(new ReviewHeld(date(on), code, null, null));
        return this;
    }

    TestChild health(HealthEvent.Kind kind, String on, String value) {
        health.add(new HealthEvent(kind, date(on), value, false));
        return this;
    }

    TestChild missing(String type, String from, String to) {
        missing.add(new MissingEpisode(type, date(from), date(to), null, null, false));
        return this;
    }

    TestChild contact(String on, String inTouch, String activity, String accommodation) {
        contacts.add(new CareLeaverContact(date(on), inTouch, activity, accommodation, false, false, null));
        return this;
    }

    TestChild adoptionDecision(String decided, String reversed, String reason) {
        decisions.add(new AdoptionDecision(date(decided), date(reversed), reason));
        return this;
    }

    TestChild adoption(String decision, String matched) {
        adoption = new AdoptionOrder(date(decision), date(matched), true, "2", "MF", "L11");
        return this;
    }

    TestChild previousPermanence(String option) {
        previousPermanence = new PreviousPermanence(option, "855", "zz/zz/2015");
        return this;
    }

    TestChild socialWorker(String worker, String from, String to, String reason) {
        allocations.add(new Allocation(Allocation.Role.SOCIAL_WORKER, worker, "Team A", date(from), date(to), reason));
        return this;
    }

    TestChild deprivationOfLiberty(String from, String to) {
        dols.add(new DeprivationOfLiberty(date(from), date(to)));
        return this;
    }

    ChildRecord build() {
        var identity = new Identity("Sam", "Example", dob, sex, "WBRI", "A123456789012", null, mother, childsBirth, false);
        return new ChildRecord(id, identity, uascUntil, episodes, reviews, health, missing, contacts, decisions,
                adoption, previousPermanence, allocations, List.of(), dols, List.of(), List.of());
    }
}
