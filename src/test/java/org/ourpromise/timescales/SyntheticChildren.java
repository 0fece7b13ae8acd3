package org.ourpromise.timescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

/**
 * Plausible, messy child records for property tests and the benchmark, deterministic from a seed:
 * periods of care with placement moves, legal status changes, short breaks, late and missed reviews,
 * visits, health, PEPs, missing episodes and care leaver contacts between {@code from} and {@code to}, and
 * the facts that change visit intervals: temporary approvals of relatives and friends (some later fully
 * approved), children agreeing to 6-monthly visits (some withdrawing), short-break visit agreements.
 */
public final class SyntheticChildren {

    private static final String[] RNE = {"P", "P", "P", "L", "T", "U", "B"};
    private static final String[] LS = {"C1", "C2", "C2", "V2", "E1", "J1"};
    private static final String[] PLACE = {"U1", "U3", "U4", "U6", "U6", "K2", "P1", "R1", "A4"};
    private static final String[] IN_TOUCH = {"YES", "YES", "YES", "YES", "YES", "YES", "YES", "YES", "YES", "YES",
        "YES", "YES", "YES", "YES", "NO", "NO", "REFU", "NREQ"};
    private static final String[] END = {"E4A", "E13", "E17", "E41", "E45", "E8", "E11"};

    private SyntheticChildren() {
    }

    public static ChildRecord child(long seed, String id, LocalDate from, LocalDate to) {
        var r = new Random(seed);
        var dob = from.minusDays(r.nextInt(17 * 365));
        var episodes = new ArrayList<CareEpisode>();
        boolean shortBreaks = r.nextInt(10) == 0;
        var d = from.plusDays(r.nextInt(400));
        while (d.isBefore(to)) {
            d = shortBreaks ? shortBreaks(r, episodes, d, to) : period(r, episodes, d, to);
            if (d == null || r.nextInt(3) > 0) {
                break;
            }
            d = d.plusDays(30 + r.nextInt(400));
        }
        var reviews = new ArrayList<ReviewHeld>();
        var visits = new ArrayList<Visit>();
        var health = new ArrayList<HealthEvent>();
        var plans = new ArrayList<PlanEvent>();
        var education = new ArrayList<EducationEvent>();
        var missing = new ArrayList<MissingEpisode>();
        for (var e : episodes) {
            var end = e.ceased() == null ? to : e.ceased();
            if (e.reasonNewEpisode().equals("S")) {
                var s = e.started();
                plans.add(new PlanEvent(PlanEvent.Kind.CARE_PLAN, s.plusDays(r.nextInt(20) - 3)));
                health.add(new HealthEvent(HealthEvent.Kind.HEALTH_ASSESSMENT_REFERRAL, s.plusDays(r.nextInt(6)), null, false));
                if (r.nextBoolean()) {
                    plans.add(new PlanEvent(PlanEvent.Kind.PERMANENCE_PLAN, s.plusDays(60 + r.nextInt(90))));
                }
                every(r, s.plusDays(15), end, 60, 200, x -> reviews.add(new ReviewHeld(x, "PN1",
                        r.nextInt(5) == 0 ? null : x.plusDays(r.nextInt(10)), r.nextInt(5) == 0 ? null : x.plusDays(r.nextInt(35)))));
                every(r, s.plusDays(r.nextInt(40)), end, 150, 400, x -> health.add(new HealthEvent(HealthEvent.Kind.HEALTH_ASSESSMENT, x, null, false)));
                every(r, s.plusDays(100 + r.nextInt(300)), end, 300, 420, x -> health.add(new HealthEvent(HealthEvent.Kind.DENTAL_CHECK, x, null, false)));
                every(r, s.plusDays(100 + r.nextInt(300)), end, 300, 420, x -> health.add(new HealthEvent(HealthEvent.Kind.SDQ_SCORE, x, "14", false)));
                every(r, s.plusDays(r.nextInt(30)), end, 90, 220, x -> education.add(new EducationEvent(EducationEvent.Kind.PEP_MEETING, x, null)));
            }
            if (!e.reasonNewEpisode().equals("L")) {
                plans.add(new PlanEvent(PlanEvent.Kind.PLACEMENT_NOTIFICATION, e.started().plusDays(r.nextInt(9) - 2)));
            }
            if (r.nextInt(6) == 0) {
                plans.add(new PlanEvent(PlanEvent.Kind.LONG_TERM_PLACEMENT_AGREED, e.started().plusDays(r.nextInt(200))));
            }
            visitFacts(r, e, plans);
            every(r, e.started().plusDays(r.nextInt(9)), end, 7, 55, x -> visits.add(new Visit(x, "SW" + r.nextInt(9), r.nextBoolean())));
            if (e.isShortBreak() && e.ceased() != null && r.nextBoolean()) {
                var days = (int) java.time.temporal.ChronoUnit.DAYS.between(e.started(), e.ceased());
                var onBreak = e.started().plusDays(r.nextInt(days + 1));
                if (visits.stream().noneMatch(v -> v.date().equals(onBreak))) {
                    visits.add(new Visit(onBreak, "SW" + r.nextInt(9), r.nextBoolean()));
                }
            }
            if (r.nextInt(5) == 0) {
                var gone = e.started().plusDays(r.nextInt(100));
                var back = r.nextInt(10) == 0 ? null : gone.plusDays(1 + r.nextInt(4));
                var held = back == null || r.nextInt(4) == 0 ? null : back.plusDays(r.nextInt(6));
                missing.add(new MissingEpisode(r.nextBoolean() ? "M" : "A", gone, back, held, held, held == null && r.nextBoolean()));
            }
        }
        var contacts = new ArrayList<CareLeaverContact>();
        var sixteen = Birthdays.nth(dob, 16);
        if (sixteen.isBefore(to)) {
            plans.add(new PlanEvent(PlanEvent.Kind.NEEDS_ASSESSMENT, sixteen.plusDays(r.nextInt(150))));
            every(r, sixteen.plusDays(r.nextInt(200)), to, 90, 220, x -> plans.add(new PlanEvent(PlanEvent.Kind.PATHWAY_PLAN, x)));
            every(r, sixteen.plusDays(r.nextInt(300)), to, 20, 90, x -> contacts.add(new CareLeaverContact(x,
                    IN_TOUCH[r.nextInt(IN_TOUCH.length)], "F2", "B1", r.nextInt(4) == 0, false, null)));
        }
        return ChildRecords.child(id, "Child", id, dob, r.nextBoolean() ? "M" : "F").episodes(episodes).reviews(reviews)
                .health(health).missing(missing).contacts(contacts).education(education).visits(visits).plans(plans)
                .build();
    }

    /** Facts dated around one episode that change its visit intervals (reg 24, reg 28(2)(b)(i), reg 48). */
    private static void visitFacts(Random r, CareEpisode e, List<PlanEvent> plans) {
        if (e.placement().startsWith("U") && "123".contains(e.placement().substring(1)) && r.nextBoolean()) {
            var approved = e.started().plusDays(r.nextInt(4));
            plans.add(new PlanEvent(PlanEvent.Kind.CONNECTED_PERSON_TEMPORARY_APPROVAL, approved));
            if (r.nextBoolean()) {
                plans.add(new PlanEvent(PlanEvent.Kind.CONNECTED_PERSON_APPROVED, approved.plusDays(r.nextInt(200))));
            }
        }
        if (r.nextInt(5) == 0) {
            var agreed = e.started().plusDays(r.nextInt(700));
            plans.add(new PlanEvent(PlanEvent.Kind.CHILD_AGREED_SIX_MONTHLY_VISITS, agreed));
            if (r.nextInt(3) == 0) {
                plans.add(new PlanEvent(PlanEvent.Kind.CHILD_AGREEMENT_WITHDRAWN, agreed.plusDays(r.nextInt(400))));
            }
        }
        if (e.isShortBreak() && r.nextInt(4) == 0) {
            plans.add(new PlanEvent(PlanEvent.Kind.SHORT_BREAK_VISITS_AGREED, e.started().plusDays(r.nextInt(60) - 20),
                    1 + r.nextInt(26)));
        }
    }

    /** One period of care from {@code start}; returns the day it ended, or null if still open at {@code to}. */
    private static LocalDate period(Random r, List<CareEpisode> episodes, LocalDate start, LocalDate to) {
        var d = start;
        String rne = "S";
        String ls = LS[r.nextInt(LS.length)];
        String place = PLACE[r.nextInt(PLACE.length)];
        int count = 1 + r.nextInt(6);
        for (int i = 0; i < count; i++) {
            var end = d.plusDays(20 + r.nextInt(500));
            boolean last = i == count - 1;
            if (!end.isBefore(to)) {
                episodes.add(new CareEpisode(d, rne, ls, "N1", place, null, null, null, null, null, null, null));
                return null;
            }
            episodes.add(new CareEpisode(d, rne, ls, "N1", place, null, end, last ? END[r.nextInt(END.length)] : "X1",
                    null, null, null, null));
            d = end;
            rne = RNE[r.nextInt(RNE.length)];
            if (!rne.equals("T") && !rne.equals("P")) {
                ls = LS[r.nextInt(LS.length)];
            }
            if (!rne.equals("L")) {
                place = PLACE[r.nextInt(PLACE.length)];
            }
        }
        return d;
    }

    private static LocalDate shortBreaks(Random r, List<CareEpisode> episodes, LocalDate start, LocalDate to) {
        var d = start;
        while (d.isBefore(to.minusDays(10))) {
            var end = d.plusDays(1 + r.nextInt(5));
            episodes.add(new CareEpisode(d, "S", "V3", "N1", "U6", null, end, "E8", null, null, null, null));
            d = end.plusDays(10 + r.nextInt(80));
            if (r.nextInt(30) == 0) {
                break;
            }
        }
        return d;
    }

    /** Calls {@code add} at random intervals from {@code start} while before {@code end}. */
    private static void every(Random r, LocalDate start, LocalDate end, int minDays, int maxDays,
            java.util.function.Consumer<LocalDate> add) {
        for (var x = start; x.isBefore(end); x = x.plusDays(minDays + r.nextInt(maxDays - minDays + 1))) {
            if (r.nextInt(12) > 0) {
                add.accept(x);
            }
        }
    }
}
