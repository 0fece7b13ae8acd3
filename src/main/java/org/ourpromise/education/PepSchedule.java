package org.ourpromise.education;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.PeriodOfCare;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * When a child's PEPs are due, for each period of care while the child is of PEP age (a setting): started within
 * 10 working days of entering care (or of reaching the age in care), in place by the first review (20 working
 * days), held in every school term after that, and held again within 10 working days of a change of school or of
 * carer. Terms are autumn (1 September to 31 December), spring (1 January to 31 March) and summer (1 April to 31
 * July); a term's PEP is due by its last working day. Pure: dates and the calendar are given.
 */
public final class PepSchedule {

    /** What was due, when, and whether and when a PEP met it. */
    public record Due(String what, LocalDate due, @Nullable LocalDate met, LocalDate asAt) {

        public boolean overdue() {
            return met == null && due.isBefore(asAt);
        }

        public boolean open() {
            return met == null;
        }

        public boolean onTime() {
            return met != null && !met.isAfter(due);
        }
    }

    /** A change of school or of carer while looked after, and what it was. */
    public record Change(LocalDate on, String what) {
    }

    private final PepSettings settings;
    private final WorkingDayCalendar calendar;

    public PepSchedule(PepSettings settings, WorkingDayCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    /** Everything due to {@code asAt} (and the current term's PEP), oldest first. */
    public List<Due> due(LocalDate born, List<CareEpisode> episodes, List<Change> changes, List<LocalDate> peps,
            LocalDate asAt) {
        var from = born.plusYears(settings.fromAge());
        var until = born.plusYears(settings.untilAge());
        var held = peps.stream().filter(d -> !d.isAfter(asAt)).sorted().toList();
        var out = new ArrayList<Due>();
        for (var period : PeriodOfCare.of(PeriodOfCare.withoutShortBreaks(episodes))) {
            var start = period.start().isBefore(from) ? from : period.start();
            var end = period.end() == null || period.end().isAfter(asAt) ? asAt : period.end();
            if (!start.isBefore(until) || start.isAfter(end)) {
                continue;
            }
            var last = until.minusDays(1).isBefore(end) ? until.minusDays(1) : end;
            var started = calendar.addWorkingDays(start, settings.startWorkingDays());
            out.add(met(start.isAfter(period.start()) ? "PEP started after reaching PEP age in care"
                    : "PEP started after entering care", start, started, held, asAt));
            if (start.equals(period.start())) {
                out.add(met("PEP in place for the first review", start,
                        calendar.addWorkingDays(start, settings.firstReviewWorkingDays()), held, asAt));
            }
            terms(out, started, last, held, asAt);
            for (var c : changes) {
                if (c.on().isAfter(start) && !c.on().isAfter(last)) {
                    out.add(met("PEP reviewed after a " + c.what(), c.on(),
                            calendar.addWorkingDays(c.on(), settings.changeWorkingDays()), held, asAt));
                }
            }
        }
        // nothing falls due on or after the last birthday PEPs are for
        out.removeIf(d -> !d.due().isBefore(until));
        out.sort(Comparator.comparing(Due::due));
        return out;
    }

    /** PEP deadlines this many days ahead are listed as due before they are late. */
    public static final int DUE_WITHIN_DAYS = 28;

    /** A missed deadline older than this many months is followed by a later one, still missed: that one is listed. */
    public static final int OVERDUE_LISTED_MONTHS = 6;

    /**
     * The deadlines the Virtual School chases on {@code asAt}: not met, due by {@link #DUE_WITHIN_DAYS} days ahead
     * and not more than {@link #OVERDUE_LISTED_MONTHS} months ago, with no PEP held since they fell due (a PEP held
     * late brings the plan up to date). The worklist's table, its count and the home page's all come from this.
     */
    public static List<Due> outstanding(List<Due> due, List<LocalDate> held, LocalDate asAt) {
        return due.stream().filter(d -> d.open() && !d.due().isAfter(asAt.plusDays(DUE_WITHIN_DAYS))
                && !d.due().isBefore(asAt.minusMonths(OVERDUE_LISTED_MONTHS))
                && held.stream().noneMatch(h -> h.isAfter(d.due()) && !h.isAfter(asAt))).toList();
    }

    /** A PEP each term from the one the first PEP falls due in, to the term {@code last} falls in. */
    private void terms(List<Due> out, LocalDate firstDue, LocalDate last, List<LocalDate> held, LocalDate asAt) {
        for (var t = Term.of(firstDue); !t.first().isAfter(last); t = t.next()) {
            var term = t;
            var due = lastWorkingDay(term.last());
            var in = held.stream().filter(d -> !d.isBefore(term.first()) && !d.isAfter(term.last())).findFirst()
                    .orElse(null);
            if (in != null || !due.isBefore(firstDue)) {
                out.add(new Due("PEP held in the " + term.words() + " term", due, in, asAt));
            }
        }
    }

    private LocalDate lastWorkingDay(LocalDate day) {
        var d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The first PEP on or after {@code from} meets a deadline of {@code due} (late if after it). */
    private static Due met(String what, LocalDate from, LocalDate due, List<LocalDate> held, LocalDate asAt) {
        var first = held.stream().filter(d -> !d.isBefore(from)).findFirst().orElse(null);
        return new Due(what, due, first, asAt);
    }

    /** A school term as PEPs count them. August is a holiday: the summer term ends on 31 July. */
    record Term(int year, int index) {

        static Term of(LocalDate d) {
            int m = d.getMonthValue();
            return m >= 9 ? new Term(d.getYear(), 0) : m <= 3 ? new Term(d.getYear(), 1) : new Term(d.getYear(), 2);
        }

        LocalDate first() {
            return switch (index) {
                case 0 -> LocalDate.of(year, 9, 1);
                case 1 -> LocalDate.of(year, 1, 1);
                default -> LocalDate.of(year, 4, 1);
            };
        }

        LocalDate last() {
            return switch (index) {
                case 0 -> LocalDate.of(year, 12, 31);
                case 1 -> LocalDate.of(year, 3, 31);
                default -> LocalDate.of(year, 7, 31);
            };
        }

        Term next() {
            return switch (index) {
                case 0 -> new Term(year + 1, 1);
                case 1 -> new Term(year, 2);
                default -> new Term(year, 0);
            };
        }

        String words() {
            return switch (index) {
                case 0 -> "autumn " + year;
                case 1 -> "spring " + year;
                default -> "summer " + year;
            };
        }
    }
}
