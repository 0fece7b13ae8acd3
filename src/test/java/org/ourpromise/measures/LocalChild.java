package org.ourpromise.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.EducationEvent;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.Identity;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.record.Visit;

/** Builds child records for hand-worked local measure cases; dates are ISO strings. */
public final class LocalChild {

    private final String id;
    private LocalDate dob = LocalDate.of(2012, 6, 15);
    private final List<CareEpisode> episodes = new ArrayList<>();
    private final List<ReviewHeld> reviews = new ArrayList<>();
    private final List<HealthEvent> health = new ArrayList<>();
    private final List<MissingEpisode> missing = new ArrayList<>();
    private final List<EducationEvent> education = new ArrayList<>();
    private final List<Visit> visits = new ArrayList<>();
    private final List<PlanEvent> plans = new ArrayList<>();
    private final List<Allocation> allocations = new ArrayList<>();

    private LocalChild(String id) {
        this.id = id;
    }

    public static LocalChild called(String id) {
        return new LocalChild(id);
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s.strip());
    }

    public LocalChild bornOn(String date) {
        dob = d(date);
        return this;
    }

    /** A period of care from {@code start}: care order, foster placement, open. */
    public LocalChild inCareFrom(String start) {
        episodes.add(new CareEpisode(d(start), "S", "C2", "N1", "U6", "PR1", null, null, null, null, null, null));
        return this;
    }

    public LocalChild inCare(String start, String ceased) {
        episodes.add(new CareEpisode(d(start), "S", "C2", "N1", "U6", "PR1", d(ceased), "E13", null, null, null, null));
        return this;
    }

    /** A short break (legal status V3) from {@code start} to {@code ceased}. */
    public LocalChild shortBreak(String start, String ceased) {
        episodes.add(new CareEpisode(d(start), "S", "V3", "N1", "U6", "PR1", d(ceased), "E13", null, null, null, null));
        return this;
    }

    public LocalChild review(String date) {
        reviews.add(new ReviewHeld(d(date), "PN1", null, null));
        return this;
    }

    public LocalChild visit(String date) {
        visits.add(new Visit(d(date), "SW1", true));
        return this;
    }

    public LocalChild health(HealthEvent.Kind kind, String date) {
        health.add(new HealthEvent(kind, d(date), null, false));
        return this;
    }

    public LocalChild plan(PlanEvent.Kind kind, String date) {
        plans.add(new PlanEvent(kind, d(date)));
        return this;
    }

    public LocalChild pep(String date) {
        education.add(new EducationEvent(EducationEvent.Kind.PEP_MEETING, d(date), null));
        return this;
    }

    /** Missing from {@code started} to {@code ended}; interview held on {@code held} (null: none). */
    public LocalChild missing(String started, String ended, String held) {
        missing.add(new MissingEpisode("M", d(started), d(ended), null, held == null ? null : d(held), false));
        return this;
    }

    public LocalChild missingDeclined(String started, String ended, String offered) {
        missing.add(new MissingEpisode("M", d(started), d(ended), d(offered), null, true));
        return this;
    }

    public LocalChild socialWorker(String team, String from) {
        allocations.add(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW-" + team, team, d(from), null, null));
        return this;
    }

    public LocalChild iro(String worker, String from, String to) {
        allocations.add(new Allocation(Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, worker, "IRO", d(from),
                to == null ? null : d(to), null));
        return this;
    }

    public ChildRecord build() {
        var identity = new Identity("Test", id, dob, "F", "WBRI", null, null, null, null, false);
        return new ChildRecord(id, identity, null, episodes, reviews, health, missing, List.of(), List.of(), null, null,
                allocations, education, List.of(), visits, plans);
    }
}
