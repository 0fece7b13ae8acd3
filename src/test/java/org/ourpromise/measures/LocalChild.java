package org.ourpromise.measures;

import java.time.LocalDate;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.record.EducationEvent;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.record.Visit;

/** Builds child records for hand-worked local measure cases; dates are ISO strings. */
public final class LocalChild {

    private final ChildRecords record;

    private LocalChild(String id) {
        this.record = ChildRecords.child(id, "Test", id, LocalDate.of(2012, 6, 15), "F");
    }

    public static LocalChild called(String id) {
        return new LocalChild(id);
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s.strip());
    }

    public LocalChild bornOn(String date) {
        record.bornOn(d(date));
        return this;
    }

    /** A period of care from {@code start}: care order, foster placement, open. */
    public LocalChild inCareFrom(String start) {
        record.episode(new CareEpisode(d(start), "S", "C2", "N1", "U6", "PR1", null, null, null, null, null, null));
        return this;
    }

    public LocalChild inCare(String start, String ceased) {
        record.episode(new CareEpisode(d(start), "S", "C2", "N1", "U6", "PR1", d(ceased), "E13", null, null, null, null));
        return this;
    }

    /** A short break (legal status V3) from {@code start} to {@code ceased}. */
    public LocalChild shortBreak(String start, String ceased) {
        record.episode(new CareEpisode(d(start), "S", "V3", "N1", "U6", "PR1", d(ceased), "E13", null, null, null, null));
        return this;
    }

    public LocalChild review(String date) {
        record.review(new ReviewHeld(d(date), "PN1", null, null));
        return this;
    }

    public LocalChild visit(String date) {
        record.visit(new Visit(d(date), "SW1", true));
        return this;
    }

    public LocalChild health(HealthEvent.Kind kind, String date) {
        record.health(new HealthEvent(kind, d(date), null, false));
        return this;
    }

    public LocalChild plan(PlanEvent.Kind kind, String date) {
        record.plan(new PlanEvent(kind, d(date)));
        return this;
    }

    public LocalChild pep(String date) {
        record.education(new EducationEvent(EducationEvent.Kind.PEP_MEETING, d(date), null));
        return this;
    }

    /** Missing from {@code started} to {@code ended}; interview held on {@code held} (null: none). */
    public LocalChild missing(String started, String ended, String held) {
        record.missing(new MissingEpisode("M", d(started), d(ended), null, held == null ? null : d(held), false));
        return this;
    }

    public LocalChild missingDeclined(String started, String ended, String offered) {
        record.missing(new MissingEpisode("M", d(started), d(ended), d(offered), null, true));
        return this;
    }

    public LocalChild socialWorker(String team, String from) {
        record.allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW-" + team, team, d(from), null, null));
        return this;
    }

    public LocalChild iro(String worker, String from, String to) {
        record.allocation(new Allocation(Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, worker, "IRO", d(from),
                to == null ? null : d(to), null));
        return this;
    }

    /** A care leaver's contact on {@code date}, in touch with their personal adviser. */
    public LocalChild contact(String date) {
        record.contact(new CareLeaverContact(d(date), "YES", "F1", "S", false, false, null));
        return this;
    }

    /** Social worker {@code worker} of {@code team} from {@code from} to {@code to} (null or blank: still allocated). */
    public LocalChild socialWorker(String worker, String team, String from, String to) {
        record.allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, worker, team, d(from),
                to == null || to.isBlank() ? null : d(to), null));
        return this;
    }

    /** Personal adviser {@code worker} from {@code from}, still allocated. */
    public LocalChild personalAdviser(String worker, String from) {
        record.allocation(new Allocation(Allocation.Role.PERSONAL_ADVISER, worker, "Leaving care", d(from), null, null));
        return this;
    }

    public ChildRecord build() {
        return record.build();
    }
}
