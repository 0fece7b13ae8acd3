package org.ourpromise.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ourpromise.education.Exclusion;
import org.ourpromise.education.Exclusions;
import org.ourpromise.education.Pep;
import org.ourpromise.education.PepPlans;
import org.ourpromise.education.SchoolHistory;
import org.ourpromise.education.SchoolPlacement;
import org.ourpromise.timescales.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * The Virtual School's own record of the demo council, from a random stream of its own: suspensions (mostly a day
 * or two, some half days) and the odd permanent exclusion at the schools the children are on roll at; what the
 * PEPs say and the Virtual School's ratings of them.
 */
@Component
class DemoVirtualSchoolRecord {

    private static final BigDecimal[] DAYS = {new BigDecimal("0.5"), BigDecimal.ONE, BigDecimal.ONE,
        new BigDecimal("1.5"), new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("5")};
    private static final Exclusion.Reason[] COMMON = {Exclusion.Reason.DISRUPTIVE, Exclusion.Reason.DISRUPTIVE,
        Exclusion.Reason.DISRUPTIVE, Exclusion.Reason.VERBAL_ABUSE_ADULT, Exclusion.Reason.VERBAL_ABUSE_ADULT,
        Exclusion.Reason.PHYSICAL_ASSAULT_PUPIL, Exclusion.Reason.PHYSICAL_ASSAULT_ADULT};
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private static final String[] TARGETS = {"Reading at the expected standard by the end of the spring term",
        "Grade 5 or above in English and maths", "Attend every morning session this half term",
        "Join an after-school club and keep going for a term", "Catch up on phonics with daily one-to-one reading"};
    private static final String[] VIEWS = {"I like my new school and want to stay.", "Maths is hard but I am trying.",
        "I want to go to college to do mechanics.", null};
    private static final String[] TEACHERS = {"Ms Patel", "Mr Okafor", "Mrs Green", "Mr Hughes", "Miss Lewis"};
    private static final String[] PURPOSES = {"One-to-one tuition in maths", "A laptop for homework",
        "Music lessons", "Mentoring with a learning mentor"};

    private final SchoolHistory history;
    private final Exclusions exclusions;
    private final PepPlans plans;

    DemoVirtualSchoolRecord(SchoolHistory history, Exclusions exclusions, PepPlans plans) {
        this.history = history;
        this.exclusions = exclusions;
        this.plans = plans;
    }

    void add(LocalDate today, long seed) {
        var random = new SplittableRandom(seed ^ 0xE8C1_0005L);
        var made = new ArrayList<Exclusion>();
        for (var placements : history.placements(null).values()) {
            for (var p : placements) {
                addExclusions(made, p, today, random);
            }
        }
        exclusions.addAll(made, "demo");
        addPeps(today, random);
    }

    /**
     * Most PEPs written up, some asking for Pupil Premium Plus; most of those older than a month rated, about seven
     * in ten good, the rest with remedial action due a month after the meeting.
     */
    private void addPeps(LocalDate today, SplittableRandom random) {
        for (var peps : plans.byChild(null).values()) {
            for (var p : peps) {
                if (random.nextDouble() < 0.85) {
                    boolean ppp = random.nextDouble() < 0.4;
                    plans.save(p.childId(), p.id(), new Pep.Content(TARGETS[random.nextInt(TARGETS.length)],
                            VIEWS[random.nextInt(VIEWS.length)], TEACHERS[random.nextInt(TEACHERS.length)],
                            ppp ? BigDecimal.valueOf(100L * (2 + random.nextInt(10))) : null,
                            ppp ? PURPOSES[random.nextInt(PURPOSES.length)] : null, 0), "demo");
                }
                if (p.held().isBefore(today.minusDays(30)) && random.nextDouble() < 0.8) {
                    double r = random.nextDouble();
                    var rating = r < 0.69 ? Pep.Rating.GOOD : r < 0.95 ? Pep.Rating.REQUIRES_IMPROVEMENT
                            : Pep.Rating.INADEQUATE;
                    plans.save(p.childId(), p.id(), new Pep.Quality(rating, rating.needsAction()
                            ? "Targets to be made specific and dated" : null, rating.needsAction()
                            ? p.held().plusDays(30) : null, p.held().plusDays(14), "demo", 0));
                }
            }
        }
    }

    /** About one child in eight suspended while at a school, a few more than once; one in two hundred excluded. */
    private static void addExclusions(List<Exclusion> made, SchoolPlacement p, LocalDate today, SplittableRandom random) {
        var last = p.ended() == null ? today : p.ended().minusDays(1);
        long span = last.toEpochDay() - p.started().toEpochDay();
        if (span < 14 || random.nextDouble() >= 0.13) {
            return;
        }
        int count = 1 + (random.nextDouble() < 0.35 ? 1 + random.nextInt(3) : 0);
        for (int i = 0; i < count; i++) {
            var start = schoolDay(p.started().plusDays(random.nextLong(span)));
            if (start.isAfter(last)) {
                continue;
            }
            var reason = random.nextDouble() < 0.8 ? COMMON[random.nextInt(COMMON.length)]
                    : Exclusion.Reason.values()[random.nextInt(Exclusion.Reason.values().length)];
            if (i == count - 1 && random.nextDouble() < 0.04) {
                made.add(new Exclusion(0, p.childId(), Exclusion.Kind.PERMANENT, start, null, null, reason, p.urn(), 0));
                return;
            }
            var days = DAYS[random.nextInt(DAYS.length)];
            var end = CALENDAR.addWorkingDays(start, Math.max(0, days.setScale(0, java.math.RoundingMode.UP).intValue() - 1));
            made.add(new Exclusion(0, p.childId(), Exclusion.Kind.SUSPENSION, start, end, days, reason, p.urn(), 0));
        }
    }

    /** The day itself if a working day outside August, else the next such day. */
    private static LocalDate schoolDay(LocalDate day) {
        var d = day;
        while (!CALENDAR.isWorkingDay(d) || d.getMonthValue() == 8) {
            d = d.plusDays(1);
        }
        return d;
    }
}
