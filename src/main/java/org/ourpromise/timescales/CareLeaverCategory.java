package org.ourpromise.timescales;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.ChildRecord;

/**
 * The care leaver categories of DOMAIN.md §3.3 at a date. The 13-week test follows the community
 * validator's algorithm (V3/V4 episodes left out; periods add up; days after the 14th birthday at least
 * 91) except that being looked after on the 16th birthday itself suffices for "after 16", so that the
 * reg 42 clock can start on the birthday as the regulation says. Not derivable from the record: the
 * detained-or-in-hospital route into the relevant category, and PA support from 21 to 25 on request.
 */
public enum CareLeaverCategory {
    ELIGIBLE, RELEVANT, FORMER_RELEVANT, QUALIFYING, NONE;

    private static final int PRESCRIBED_DAYS = 91;

    public static CareLeaverCategory of(ChildRecord child, LocalDate date) {
        var periods = PeriodOfCare.of(child.episodes(), date);
        var dob = child.dateOfBirth();
        int age = Birthdays.age(dob, date);
        boolean lookedAfter = !periods.isEmpty() && periods.get(periods.size() - 1).isOpen();
        var eligible = eligibleFrom(periods, dob, date);
        if (eligible != null) {
            if (lookedAfter && age < 18) {
                return ELIGIBLE;
            }
            if (!lookedAfter || age >= 18) {
                return age < 18 ? RELEVANT : age < 25 ? FORMER_RELEVANT : NONE;
            }
        }
        var sixteenth = Birthdays.nth(dob, 16);
        boolean afterSixteen = periods.stream().anyMatch(p -> p.end() == null || !p.end().isBefore(sixteenth));
        return afterSixteen && age >= 16 && age < 21 && !lookedAfter ? QUALIFYING : NONE;
    }

    /**
     * The first day on or before {@code asAt} the child was an eligible child: aged 16 or 17, looked after,
     * with at least 13 weeks looked after since the 14th birthday. Null if never (yet).
     */
    static @Nullable LocalDate eligibleFrom(List<PeriodOfCare> periods, LocalDate dob, LocalDate asAt) {
        var fourteenth = Birthdays.nth(dob, 14);
        var sixteenth = Birthdays.nth(dob, 16);
        var eighteenth = Birthdays.nth(dob, 18);
        long days = 0;
        for (var period : periods) {
            for (var e : period.episodes()) {
                var end = e.ceased() == null || e.ceased().isAfter(asAt) ? null : e.ceased();
                var countFrom = later(e.started(), fourteenth);
                var d = later(later(e.started(), sixteenth),
                        days >= PRESCRIBED_DAYS ? e.started() : countFrom.plusDays(PRESCRIBED_DAYS - days));
                if ((end == null || d.isBefore(end)) && d.isBefore(eighteenth) && !d.isAfter(asAt)) {
                    return d;
                }
                if (end != null && end.isAfter(countFrom)) {
                    days += end.toEpochDay() - countFrom.toEpochDay();
                }
            }
        }
        return null;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
