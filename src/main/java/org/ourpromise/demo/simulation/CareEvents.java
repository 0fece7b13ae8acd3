package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.EducationEvent;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.record.Visit;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * The statutory rhythm of a period of care (DOMAIN.md §3.2): reviews (first within 20 working
 * days, second within 3 months, then 6-monthly; about one in ten late), social worker visits
 * (within a week of each placement, then at most 6-weekly, 3-monthly in a long-term placement
 * after its first year; weekly then 4-weekly while a relative or friend is temporarily approved, 6-monthly
 * once a child in a long-term placement agrees), the care plan, placement notifications, the permanence plan by the
 * second review, the needs assessment at 16, pathway plans, school moves and termly PEPs.
 */
final class CareEvents {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private static final String[] SCHOOLS = {"Oakfield Primary School", "St Mary's Church of England Primary School",
        "Hillside Academy", "Brookvale Primary School", "Meadow Lane Infant School", "Castle Rock High School",
        "Riverside Community College", "The Beacon Academy", "Woodlands Secondary School", "Northfield School",
        "St Thomas More Catholic Academy", "Greenway Special School"};

    private CareEvents() {
    }

    /** {@code n} working days after {@code from} (DOMAIN.md §3.1), as the shared instance of that day. */
    static LocalDate workingDaysAfter(LocalDate from, int n) {
        return Days.shared(CALENDAR.addWorkingDays(from, n));
    }

    static void reviews(Chance chance, LocalDate dob, LocalDate start, LocalDate end, LocalDate asAt, List<ReviewHeld> out) {
        LocalDate due = workingDaysAfter(start, 20);
        int held = 0;
        while (true) {
            LocalDate date = chance.percent(0.9) ? Days.plus(due, -chance.between(0, 12)) : Days.plus(due, chance.between(1, 35));
            if (!date.isAfter(start)) {
                date = Days.plus(start, 1);
            }
            if (!date.isBefore(end) || date.isAfter(asAt)) {
                return;
            }
            LocalDate decisions = workingDaysAfter(date, chance.percent(0.85) ? chance.between(1, 5) : chance.between(6, 15));
            LocalDate record = workingDaysAfter(date, chance.percent(0.8) ? chance.between(8, 20) : chance.between(21, 45));
            out.add(new ReviewHeld(date, participation(chance, OutlineSimulator.age(dob, date)),
                    decisions.isAfter(asAt) ? null : decisions, record.isAfter(asAt) ? null : record));
            held++;
            due = date.plusMonths(held == 1 ? 3 : 6);
        }
    }

    private static final WeightedCodes PARTICIPATION = WeightedCodes.of("PN1", 42, "PN2", 8, "PN3", 5, "PN4", 4, "PN5", 9,
            "PN6", 22, "PN7", 10);

    /** PN0 only for children under 4 at the review (V903 rules 440, 441). */
    private static String participation(Chance chance, int age) {
        if (age < 4) {
            return "PN0";
        }
        return chance.pick(PARTICIPATION);
    }

    /**
     * Visits as each placement's arrangement asks: {@code facts} are the period's {@link VisitPlans} (a
     * temporary approval, the child's agreement to 6-monthly visits), {@code firstReview} its first review.
     */
    static void visits(Chance chance, List<CareEpisode> episodes, LocalDate end, LocalDate asAt, int age,
            List<Allocation> allocations, List<PlanEvent> facts, @Nullable LocalDate firstReview, List<Visit> out) {
        var workers = new Workforce.SocialWorkerOnDay(allocations);
        LocalDate placementYearEnds = null;
        boolean longTerm = false;
        LocalDate last = null;
        for (int i = 0; i < episodes.size(); i++) {
            var e = episodes.get(i);
            LocalDate to = e.ceased() != null ? e.ceased() : end;
            boolean newPlacement = !e.reasonNewEpisode().equals("L") && !e.placement().startsWith("T")
                    && !(i > 0 && episodes.get(i - 1).placement().startsWith("T"));
            if (newPlacement) {
                placementYearEnds = e.started().plusYears(1);
                longTerm = e.placement().equals("U1") || e.placement().equals("U4");
                last = null;
            }
            var plan = new Arrangement(placementYearEnds, longTerm, episodes, facts, firstReview);
            LocalDate next = last == null ? Days.plus(e.started(), chance.between(1, 7)) : nextVisit(chance, last, plan);
            while (next.isBefore(to) && !next.isAfter(asAt)) {
                String worker = workers.on(next);
                if (worker != null) {
                    out.add(new Visit(next, worker, age >= 4 && chance.percent(0.7)));
                }
                last = next;
                next = nextVisit(chance, last, plan);
            }
        }
    }

    /** What decides the next visit's interval in a placement. */
    private record Arrangement(LocalDate placementYearEnds, boolean longTerm, List<CareEpisode> episodes,
            List<PlanEvent> facts, @Nullable LocalDate firstReview) {
    }

    private static LocalDate nextVisit(Chance chance, LocalDate last, Arrangement plan) {
        boolean afterFirstYear = plan.longTerm() && last.isAfter(plan.placementYearEnds());
        if (!plan.facts().isEmpty()) {
            if (VisitPlans.inForce(plan.facts(), PlanEvent.Kind.CONNECTED_PERSON_TEMPORARY_APPROVAL,
                    PlanEvent.Kind.CONNECTED_PERSON_APPROVED, plan.episodes(), last)) {
                boolean weekly = plan.firstReview() == null || plan.firstReview().isAfter(last);
                return weekly ? Days.plus(last, chance.percent(0.92) ? chance.between(3, 7) : chance.between(8, 12))
                        : Days.plus(last, chance.percent(0.9) ? chance.between(14, 28) : chance.between(29, 45));
            }
            if (afterFirstYear && VisitPlans.inForce(plan.facts(), PlanEvent.Kind.CHILD_AGREED_SIX_MONTHLY_VISITS,
                    PlanEvent.Kind.CHILD_AGREEMENT_WITHDRAWN, plan.episodes(), last)) {
                return Days.plus(last, chance.percent(0.9) ? chance.between(120, 182) : chance.between(183, 220));
            }
        }
        if (afterFirstYear) {
            return Days.plus(last, chance.percent(0.92) ? chance.between(50, 91) : chance.between(92, 130));
        }
        return Days.plus(last, chance.percent(0.9) ? chance.between(21, 42) : chance.between(43, 70));
    }

    static void plans(Chance chance, List<CareEpisode> episodes, List<ReviewHeld> reviewsOfPeriod, LocalDate asAt,
            List<PlanEvent> out) {
        LocalDate start = episodes.get(0).started();
        add(out, PlanEvent.Kind.CARE_PLAN, workingDaysAfter(start, chance.percent(0.88) ? chance.between(0, 10) : chance.between(11, 25)), asAt);
        for (int i = 0; i < episodes.size(); i++) {
            var e = episodes.get(i);
            if (!e.reasonNewEpisode().equals("L") && !e.placement().startsWith("T")) {
                add(out, PlanEvent.Kind.PLACEMENT_NOTIFICATION, workingDaysAfter(e.started(),
                        chance.percent(0.85) ? chance.between(0, 5) : chance.between(6, 12)), asAt);
            }
            if ((e.placement().equals("U1") || e.placement().equals("U4")) && (i == 0 || !episodes.get(i - 1).placement().equals(e.placement()))) {
                add(out, PlanEvent.Kind.LONG_TERM_PLACEMENT_AGREED, e.started(), asAt);
            }
        }
        if (reviewsOfPeriod.size() >= 2) {
            LocalDate second = reviewsOfPeriod.get(1).date();
            add(out, PlanEvent.Kind.PERMANENCE_PLAN, chance.percent(0.9) ? Days.plus(second, -chance.between(0, 30))
                    : Days.plus(second, chance.between(1, 60)), asAt);
        }
    }

    /**
     * The IRO's midway check between reviews: most halfway to the next review due, some late, a few never
     * (an IRO service working on its "midway tracking", as the seed IRO report describes).
     */
    static void midwayChecks(Chance chance, List<ReviewHeld> reviewsOfPeriod, LocalDate end, LocalDate asAt,
            List<PlanEvent> out) {
        for (int i = 0; i < reviewsOfPeriod.size(); i++) {
            LocalDate held = reviewsOfPeriod.get(i).date();
            LocalDate nextDue = held.plusMonths(i == 0 ? 3 : 6);
            long half = java.time.temporal.ChronoUnit.DAYS.between(held, nextDue) / 2;
            if (!chance.percent(0.88)) {
                continue;
            }
            LocalDate check = Days.plus(held, chance.percent(0.85) ? (int) half - chance.between(0, 20)
                    : (int) half + chance.between(1, 40));
            LocalDate nextHeld = i + 1 < reviewsOfPeriod.size() ? reviewsOfPeriod.get(i + 1).date() : null;
            if (check.isAfter(held) && check.isBefore(end) && (nextHeld == null || check.isBefore(nextHeld))) {
                add(out, PlanEvent.Kind.IRO_MIDWAY_CHECK, check, asAt);
            }
        }
    }

    static void pathwayPlans(Chance chance, LocalDate sixteen, LocalDate from, LocalDate until, LocalDate asAt, List<PlanEvent> out) {
        LocalDate needs = sixteen.isBefore(from) ? Days.plus(from, chance.between(10, 60)) : Days.plus(sixteen, chance.between(-40, 100));
        add(out, PlanEvent.Kind.NEEDS_ASSESSMENT, needs, asAt);
        LocalDate plan = Days.plus(needs, chance.between(10, 60));
        while (plan.isBefore(until) && !plan.isAfter(asAt)) {
            out.add(new PlanEvent(PlanEvent.Kind.PATHWAY_PLAN, plan));
            plan = Days.plus(plan, chance.percent(0.85) ? chance.between(120, 182) : chance.between(183, 260));
        }
    }

    /** A school at the start of the period and at some moves; PEPs within 10 working days, then termly. */
    static void education(Chance chance, List<CareEpisode> episodes, LocalDate dob, LocalDate end, LocalDate asAt,
            List<EducationEvent> out) {
        LocalDate start = episodes.get(0).started();
        for (var e : episodes) {
            int age = OutlineSimulator.age(dob, e.started());
            boolean schoolAge = age >= 4 && age < 16;
            if (schoolAge && !e.placement().startsWith("T") && (e.reasonNewEpisode().equals("S")
                    || (e.reasonNewEpisode().equals("P") || e.reasonNewEpisode().equals("B")) && chance.percent(0.3))) {
                add(out, EducationEvent.Kind.SCHOOL_START, Days.plus(e.started(), chance.between(0, 20)), asAt, chance.oneOf(SCHOOLS));
            }
        }
        LocalDate pep = workingDaysAfter(start, chance.percent(0.85) ? chance.between(3, 10) : chance.between(11, 30));
        while (pep.isBefore(end) && !pep.isAfter(asAt)) {
            int age = OutlineSimulator.age(dob, pep);
            if (age >= 3 && age < 18) {
                out.add(new EducationEvent(EducationEvent.Kind.PEP_MEETING, pep, null));
            }
            pep = Days.plus(pep, chance.percent(0.85) ? chance.between(90, 125) : chance.between(126, 200));
        }
    }

    private static void add(List<PlanEvent> out, PlanEvent.Kind kind, LocalDate date, LocalDate asAt) {
        if (!date.isAfter(asAt)) {
            out.add(new PlanEvent(kind, date));
        }
    }

    private static void add(List<EducationEvent> out, EducationEvent.Kind kind, LocalDate date, LocalDate asAt, String detail) {
        if (!date.isAfter(asAt)) {
            out.add(new EducationEvent(kind, date, detail));
        }
    }
}
