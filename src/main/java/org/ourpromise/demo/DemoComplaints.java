package org.ourpromise.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.ourpromise.complaints.LoggedComplaint;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.timescales.Complaint;
import org.ourpromise.timescales.WorkingDayCalendar;

/**
 * Complaints by or about the demo council's children, so the complaints officer's worklist has work. A small
 * share of children make one while in care (a council of about 700 looked-after children hears a handful a year
 * directly from them and more from parents); most are answered at stage 1, some go on to stage 2 and a few to a
 * review panel. Responses mostly come within the limits, some late; anything after today has not happened yet.
 */
final class DemoComplaints {

    /** A complaint to log: the stages, and what it is about. */
    record Logged(Complaint complaint, String summary, LoggedComplaint.MadeBy madeBy) {
    }

    /** Chance of a complaint by or about a child in a year of care (by the child, a parent or a carer). */
    private static final double PER_YEAR = 0.04;
    private static final String[] THEMES = {
        "Delay in finding a foster home", "Family time not arranged as agreed in the care plan",
        "Not enough support from the social worker", "Concern about the suitability of where the young person lives",
        "Too many changes of social worker", "Allowance and pocket money not paid on time",
        "Views not listened to at the review", "Belongings lost when moving placement",
        "Delay in an age assessment", "Support at the supported living provider"};

    private DemoComplaints() {
    }

    static List<Logged> of(List<ChildRecord> council, LocalDate today, long seed) {
        var random = new Random(seed ^ 0x5C0A11L);
        var calendar = WorkingDayCalendar.englandAndWales();
        var out = new ArrayList<Logged>();
        for (var child : council) {
            for (var e : child.episodes()) {
                if (e.isShortBreak()) {
                    continue;
                }
                var end = e.ceased() == null || e.ceased().isAfter(today) ? today : e.ceased();
                long days = end.toEpochDay() - e.started().toEpochDay();
                if (days <= 0 || random.nextDouble() >= PER_YEAR * days / 365.0) {
                    continue;
                }
                var received = e.started().plusDays(random.nextLong(days));
                out.add(new Logged(stages(child.childId(), received, today, random, calendar),
                        THEMES[random.nextInt(THEMES.length)], madeBy(random)));
            }
        }
        return out;
    }

    /** Most come from parents; a fair share from the young person, some through an advocate. */
    private static LoggedComplaint.MadeBy madeBy(Random random) {
        double r = random.nextDouble();
        return r < 0.45 ? LoggedComplaint.MadeBy.PARENT : r < 0.70 ? LoggedComplaint.MadeBy.CHILD
                : r < 0.85 ? LoggedComplaint.MadeBy.ADVOCATE : r < 0.95 ? LoggedComplaint.MadeBy.CARER
                : LoggedComplaint.MadeBy.OTHER;
    }

    private static Complaint stages(String childId, LocalDate received, LocalDate today, Random random,
            WorkingDayCalendar calendar) {
        boolean extended1 = random.nextDouble() < 0.1;
        var responded1 = by(received, extended1 ? 8 + random.nextInt(15) : 3 + random.nextInt(10), today, calendar);
        LocalDate requested2 = null;
        LocalDate responded2 = null;
        boolean extended2 = false;
        LocalDate requested3 = null;
        LocalDate panel = null;
        LocalDate report = null;
        LocalDate response = null;
        if (responded1 != null && random.nextDouble() < 0.12) {
            requested2 = by(responded1, 2 + random.nextInt(18), today, calendar);
            extended2 = requested2 != null && random.nextDouble() < 0.3;
            responded2 = requested2 == null ? null
                    : by(requested2, extended2 ? 30 + random.nextInt(40) : 15 + random.nextInt(14), today, calendar);
            if (responded2 != null && random.nextDouble() < 0.25) {
                requested3 = by(responded2, 5 + random.nextInt(15), today, calendar);
                panel = requested3 == null ? null : by(requested3, 18 + random.nextInt(16), today, calendar);
                report = panel == null ? null : by(panel, 2 + random.nextInt(5), today, calendar);
                response = report == null ? null : by(report, 8 + random.nextInt(10), today, calendar);
            }
        }
        return new Complaint("", childId, received, extended1, responded1, requested2, extended2, responded2,
                requested3, panel, report, response);
    }

    /** The day {@code workingDays} after {@code from}, or null if that is still to come. */
    private static @Nullable LocalDate by(LocalDate from, int workingDays, LocalDate today, WorkingDayCalendar calendar) {
        var d = calendar.addWorkingDays(from, workingDays);
        return d.isAfter(today) ? null : d;
    }
}
