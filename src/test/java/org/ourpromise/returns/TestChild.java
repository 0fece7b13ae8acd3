package org.ourpromise.returns;

import java.time.LocalDate;
import org.ourpromise.record.AdoptionDecision;
import org.ourpromise.record.AdoptionOrder;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.record.DeprivationOfLiberty;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.Identity;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.record.PreviousPermanence;
import org.ourpromise.record.ReviewHeld;

/** A child's record written out by hand in tests; dates are ISO (2025-03-31), blank for none. */
final class TestChild {

    private final ChildRecords record;
    private final LocalDate dob;
    private String sex = "M";
    private Boolean mother;
    private LocalDate childsBirth;

    private TestChild(String id, String dob) {
        this.dob = date(dob);
        this.record = ChildRecords.child(id, "Sam", "Example", this.dob, sex);
    }

    static TestChild child(String id, String dob) {
        return new TestChild(id, dob);
    }

    static LocalDate date(String iso) {
        return ChildRecords.date(iso);
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
        record.uascUntil(until.equals("ongoing") ? ChildRecord.UASC_ONGOING : date(until));
        return this;
    }

    /** An episode in foster care (U4, own provision) on a full care order unless told otherwise. */
    TestChild episode(String from, String to, String rne, String rec) {
        return episode(from, to, rne, "C2", "U4", rec);
    }

    TestChild episode(String from, String to, String rne, String ls, String place, String rec) {
        LocalDate ceased = date(to);
        record.episode(new CareEpisode(date(from), rne, ls, "N1", place, "PR1", ceased,
                ceased == null ? null : rec, ceased == null ? null : "CARPL", "LE1 1AA", "LE2 2BB", null));
        return this;
    }

    TestChild review(String on, String code) {
        record.review(new ReviewHeld(date(on), code, null, null));
        return this;
    }

    TestChild health(HealthEvent.Kind kind, String on, String value) {
        record.health(new HealthEvent(kind, date(on), value, false));
        return this;
    }

    TestChild missing(String type, String from, String to) {
        record.missing(new MissingEpisode(type, date(from), date(to), null, null, false));
        return this;
    }

    TestChild contact(String on, String inTouch, String activity, String accommodation) {
        record.contact(new CareLeaverContact(date(on), inTouch, activity, accommodation, false, false, null));
        return this;
    }

    TestChild adoptionDecision(String decided, String reversed, String reason) {
        record.adoptionDecision(new AdoptionDecision(date(decided), date(reversed), reason));
        return this;
    }

    TestChild adoption(String decision, String matched) {
        record.adoption(new AdoptionOrder(date(decision), date(matched), true, "2", "MF", "L11"));
        return this;
    }

    TestChild previousPermanence(String option) {
        record.previousPermanence(new PreviousPermanence(option, "855", "zz/zz/2015"));
        return this;
    }

    TestChild socialWorker(String worker, String from, String to, String reason) {
        record.allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, worker, "Team A", date(from), date(to), reason));
        return this;
    }

    TestChild deprivationOfLiberty(String from, String to) {
        record.deprivationOfLiberty(new DeprivationOfLiberty(date(from), date(to)));
        return this;
    }

    ChildRecord build() {
        return record.identity(new Identity("Sam", "Example", dob, sex, "WBRI", "A123456789012", null, mother,
                childsBirth, false)).build();
    }
}
