package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.Ssda903Dates;

/**
 * Which children a year's SSDA903 return covers (DOMAIN.md §1.1 "Collection coverage"): every child
 * looked after on some day of the year (an episode ceasing on 1 April counts), plus care leavers
 * whose 17th to 21st birthday falls in the year, plus those aged 22 to 25 whom the council was in
 * touch with in the year.
 *
 * <p>A care leaver is a young person who passed the 13-week test (DOMAIN.md §3.3: at least 91 days
 * looked after after their 14th birthday, some of it after their 16th; short breaks excluded) and
 * whose care did not end by adoption (E11, E12), death (E2), transfer to another council (E3) or an
 * age assessment finding them an adult (E15) (V903 rules 1000, 1007, 1011, 1016, 134; E15 is our
 * reading).
 */
public final class ReturnScope {

    private static final Set<String> NOT_CARE_LEAVERS = Set.of("E11", "E12", "E2", "E3", "E15");

    /** A period of care reduced to what the scope needs. */
    private record Span(LocalDate started, @Nullable LocalDate ceased, @Nullable String reasonCeased, boolean shortBreak) {
    }

    private ReturnScope() {
    }

    /** Whether the child belongs in the return of the collection year ending 31 March {@code year}. */
    public static boolean includes(ChildRecord record, int year) {
        var spans = spans(record.episodes());
        LocalDate start = Ssda903Dates.collectionStart(year);
        LocalDate end = Ssda903Dates.collectionEnd(year);
        boolean inTouchInYear = record.careLeaverContacts().stream()
                .anyMatch(c -> c.inTouch().equals("YES") && !c.date().isBefore(start) && !c.date().isAfter(end));
        return includes(record.dateOfBirth(), spans, year, inTouchInYear);
    }

    static boolean includes(ChildOutline outline, int year) {
        var spans = new ArrayList<Span>(outline.periods().size());
        for (var p : outline.periods()) {
            spans.add(new Span(p.started(), p.ceased(), p.reasonCeased(), p.isShortBreak()));
        }
        int age = ageAtYearEnd(outline.dateOfBirth(), year);
        return includes(outline.dateOfBirth(), spans, year, age >= 22 && age <= outline.supportUntilAge());
    }

    /** Whether the child was looked after on some day of the year (short breaks included). */
    public static boolean lookedAfterInYear(ChildRecord record, int year) {
        LocalDate start = Ssda903Dates.collectionStart(year);
        LocalDate end = Ssda903Dates.collectionEnd(year);
        return record.episodes().stream()
                .anyMatch(e -> !e.started().isAfter(end) && (e.ceased() == null || !e.ceased().isBefore(start)));
    }

    /** Age in whole years at 31 March of the year: the age at the birthday that falls in the year. */
    static int ageAtYearEnd(LocalDate dateOfBirth, int year) {
        return (int) ChronoUnit.YEARS.between(dateOfBirth, Ssda903Dates.collectionEnd(year));
    }

    private static boolean includes(LocalDate dob, List<Span> spans, int year, boolean inTouchInYear) {
        LocalDate start = Ssda903Dates.collectionStart(year);
        LocalDate end = Ssda903Dates.collectionEnd(year);
        for (var s : spans) {
            if (!s.started().isAfter(end) && (s.ceased() == null || !s.ceased().isBefore(start))) {
                return true;
            }
        }
        int age = ageAtYearEnd(dob, year);
        if (age < 17 || age > 25 || age >= 22 && !inTouchInYear) {
            return false;
        }
        return isCareLeaverAt(dob, spans, end);
    }

    private static boolean isCareLeaverAt(LocalDate dob, List<Span> spans, LocalDate asAt) {
        Span last = null;
        long after14 = 0;
        long after16 = 0;
        LocalDate fourteen = dob.plusYears(14);
        LocalDate sixteen = dob.plusYears(16);
        for (var s : spans) {
            if (s.shortBreak() || s.started().isAfter(asAt)) {
                continue;
            }
            LocalDate to = s.ceased() == null || s.ceased().isAfter(asAt) ? asAt : s.ceased();
            after14 += Math.max(0, ChronoUnit.DAYS.between(max(s.started(), fourteen), to));
            after16 += Math.max(0, ChronoUnit.DAYS.between(max(s.started(), sixteen), to));
            last = s;
        }
        return last != null && after14 >= 91 && after16 >= 1 && last.ceased() != null && !last.ceased().isAfter(asAt)
                && !NOT_CARE_LEAVERS.contains(last.reasonCeased());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Episodes grouped into periods of care (DOMAIN.md §1.1 algorithm). */
    private static List<Span> spans(List<CareEpisode> episodes) {
        var spans = new ArrayList<Span>();
        LocalDate started = null;
        boolean shortBreak = false;
        CareEpisode previous = null;
        for (var e : episodes) {
            if (started == null || e.reasonNewEpisode().equals("S") || previous != null && !"X1".equals(previous.reasonCeased())) {
                if (started != null) {
                    spans.add(new Span(started, previous.ceased(), previous.reasonCeased(), shortBreak));
                }
                started = e.started();
                shortBreak = e.isShortBreak();
            }
            previous = e;
        }
        if (started != null) {
            spans.add(new Span(started, previous.ceased(), previous.reasonCeased(), shortBreak));
        }
        return spans;
    }

    /** Public for the demo council: is the child a care leaver (not looked after) at the end of {@code day}? */
    public static boolean isCareLeaver(ChildRecord record, LocalDate day) {
        var spans = spans(record.episodes());
        boolean inCare = spans.stream().anyMatch(s -> !s.started().isAfter(day) && (s.ceased() == null || s.ceased().isAfter(day)));
        return !inCare && isCareLeaverAt(record.dateOfBirth(), spans, day);
    }

    /** The period a care leaver left care from, as at {@code asAt}; null if the child is not a care leaver then. */
    static @Nullable PeriodOutline careLeaverPeriod(ChildOutline child, LocalDate asAt) {
        var spans = new ArrayList<Span>();
        PeriodOutline last = null;
        for (var p : child.periods()) {
            spans.add(new Span(p.started(), p.ceased(), p.reasonCeased(), p.isShortBreak()));
            if (!p.isShortBreak() && !p.started().isAfter(asAt)) {
                last = p;
            }
        }
        return isCareLeaverAt(child.dateOfBirth(), spans, asAt) ? last : null;
    }
}
