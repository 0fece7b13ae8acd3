package org.ourpromise.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ourpromise.education.Exclusion;
import org.ourpromise.education.Exclusions;
import org.ourpromise.education.SchoolHistory;
import org.ourpromise.education.SchoolPlacement;
import org.ourpromise.timescales.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * The Virtual School's own record of the demo council, from a random stream of its own: suspensions (mostly a day
 * or two, some half days) and the odd permanent exclusion at the schools the children are on roll at.
 */
@Component
class DemoVirtualSchoolRecord {

    private static final BigDecimal[] DAYS = {new BigDecimal("0.5"), BigDecimal.ONE, BigDecimal.ONE,
        new BigDecimal("1.5"), new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("5")};
    private static final Exclusion.Reason[] COMMON = {Exclusion.Reason.DISRUPTIVE, Exclusion.Reason.DISRUPTIVE,
        Exclusion.Reason.DISRUPTIVE, Exclusion.Reason.VERBAL_ABUSE_ADULT, Exclusion.Reason.VERBAL_ABUSE_ADULT,
        Exclusion.Reason.PHYSICAL_ASSAULT_PUPIL, Exclusion.Reason.PHYSICAL_ASSAULT_ADULT};
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private final SchoolHistory history;
    private final Exclusions exclusions;

    DemoVirtualSchoolRecord(SchoolHistory history, Exclusions exclusions) {
        this.history = history;
        this.exclusions = exclusions;
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
