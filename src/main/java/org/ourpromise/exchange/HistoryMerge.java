package org.ourpromise.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.DeprivationOfLiberty;
import org.ourpromise.returns.Ssda903Dates;

/**
 * One child's stored record extended by one year's return, for {@code import-903} one year after another
 * (decision 0183). Pure: it reads two records and gives a third, or the contradiction.
 *
 * <p>A year's return holds every episode open at any time in the year (1 April to 31 March) with its original
 * start, so:
 * <ul>
 * <li>the date of birth and sex must agree, or the year contradicts the record;</li>
 * <li>spans (care episodes, social-worker allocations, deprivation of liberty orders) equal to a held one are
 *     the same; a held open span that the return shows with the same start and facts and an end date is the
 *     same span, now ended; a held ended span that the return shows still open (an earlier year imported after a
 *     later one) keeps its end; held spans the return does not show are kept, except a held open span begun by
 *     the end of the return's year, which the return would have to show;</li>
 * <li>any other span of the return overlapping a held one is a contradiction;</li>
 * <li>rows per year (reviews, OC2 health, missing, OC3 contacts, adoption decisions, education, visits, plans)
 *     are added when not already held;</li>
 * <li>the other facts of the child (ethnicity, UPN, UASC, adoption, previous permanence) are the later year's.</li>
 * </ul>
 */
final class HistoryMerge {

    private HistoryMerge() {
    }

    /** The extended record, or the first contradiction in the council's words. */
    record Outcome(@Nullable ChildRecord merged, @Nullable String problem) {
    }

    static Outcome merge(ChildRecord held, ChildRecord incoming, int year) {
        String id = "import-903: child " + incoming.childId() + ": ";
        var dob = incoming.dateOfBirth();
        if (!held.dateOfBirth().equals(dob)) {
            return new Outcome(null, id + "date of birth " + Ssda903Dates.format(dob) + " in the return, "
                    + Ssda903Dates.format(held.dateOfBirth()) + " in the record");
        }
        if (!held.identity().sex().equals(incoming.identity().sex())) {
            return new Outcome(null, id + "sex " + incoming.identity().sex() + " in the return, "
                    + held.identity().sex() + " in the record");
        }
        var yearEnd = LocalDate.of(year, 3, 31);
        var problems = new ArrayList<String>();
        boolean heldIsLater = heldIsLater(held, yearEnd);
        var episodes = spans(held.episodes(), incoming.episodes(), new Span<>("episode", CareEpisode::started,
                CareEpisode::ceased, (a, b) -> true, yearEnd, !heldIsLater), problems);
        var allocations = spans(held.allocations(), incoming.allocations(), new Span<>("allocation", Allocation::from,
                Allocation::to, (a, b) -> a.role() == b.role() && a.workerId().equals(b.workerId()), null,
                !heldIsLater), problems);
        var dols = spans(held.deprivationOfLiberty(), incoming.deprivationOfLiberty(), new Span<>(
                "deprivation of liberty order", DeprivationOfLiberty::started, DeprivationOfLiberty::ended,
                (a, b) -> true, null, !heldIsLater), problems);
        if (!problems.isEmpty()) {
            return new Outcome(null, id + problems.get(0));
        }
        var later = heldIsLater ? held : incoming;
        var earlier = later == held ? incoming : held;
        var merged = new ChildRecord(held.childId(), later.identity(), orElse(later.uascUntil(), earlier.uascUntil()),
                episodes, union(held.reviews(), incoming.reviews()), union(held.health(), incoming.health()),
                union(held.missing(), incoming.missing()),
                union(held.careLeaverContacts(), incoming.careLeaverContacts()),
                union(held.adoptionDecisions(), incoming.adoptionDecisions()),
                orElse(later.adoption(), earlier.adoption()),
                orElse(later.previousPermanence(), earlier.previousPermanence()), allocations,
                union(held.education(), incoming.education()), dols, union(held.visits(), incoming.visits()),
                union(held.plans(), incoming.plans()));
        return new Outcome(merged, null);
    }

    /**
     * How spans of one kind are told apart: the same start (and {@code sameFacts}) is the same span; a held open
     * span begun by {@code showsOpen} must be in the return (null: the return need not show every open one, as
     * social-worker episodes of a child no longer looked after at 31 March); {@code incomingIsLater}: the
     * return's codes replace the record's for the same span.
     */
    private record Span<T>(String what, Function<T, LocalDate> start, Function<T, @Nullable LocalDate> end,
            BiPredicate<T, T> sameFacts, @Nullable LocalDate showsOpen, boolean incomingIsLater) {
    }

    private static <T> List<T> spans(List<T> held, List<T> incoming, Span<T> span, List<String> problems) {
        var result = new ArrayList<T>(held);
        for (T e : incoming) {
            if (result.contains(e)) {
                continue;
            }
            var from = span.start().apply(e);
            int same = indexOf(result, h -> span.start().apply(h).equals(from) && span.sameFacts().test(h, e));
            if (same >= 0) {
                sameSpan(result, same, e, span, problems);
                continue;
            }
            int clash = indexOf(result, h -> overlap(span.start().apply(h), span.end().apply(h), from, span.end().apply(e)));
            if (clash >= 0) {
                problems.add(whatFrom(span.what(), from) + " overlaps the recorded " + span.what() + " from "
                        + Ssda903Dates.format(span.start().apply(result.get(clash))) + " with different facts");
            } else {
                result.add(e);
            }
        }
        var showsOpen = span.showsOpen();
        for (T h : held) {
            if (showsOpen != null && span.end().apply(h) == null && !span.start().apply(h).isAfter(showsOpen)
                    && incoming.stream().noneMatch(e -> span.start().apply(e).equals(span.start().apply(h)))) {
                problems.add("the recorded " + span.what() + " from " + Ssda903Dates.format(span.start().apply(h))
                        + " is open, but the return for the year to " + Ssda903Dates.format(showsOpen)
                        + " does not show it");
            }
        }
        return result;
    }

    /** A held span and the return's of the same start: now ended, still as known, or ended differently. */
    private static <T> void sameSpan(List<T> result, int at, T e, Span<T> span, List<String> problems) {
        T h = result.get(at);
        var heldEnd = span.end().apply(h);
        var end = span.end().apply(e);
        if (heldEnd != null && end != null && !heldEnd.equals(end)) {
            problems.add(whatFrom(span.what(), span.start().apply(e)) + " ends " + Ssda903Dates.format(end)
                    + " in the return, " + Ssda903Dates.format(heldEnd) + " in the record");
        } else if (heldEnd == null && end != null || heldEnd == end && span.incomingIsLater()
                || heldEnd != null && heldEnd.equals(end) && span.incomingIsLater()) {
            result.set(at, e);
        }
    }

    private static String whatFrom(String what, LocalDate start) {
        return "the " + what + " from " + Ssda903Dates.format(start);
    }

    private static <T> int indexOf(List<T> list, java.util.function.Predicate<T> test) {
        for (int i = 0; i < list.size(); i++) {
            if (test.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean overlap(LocalDate aStart, @Nullable LocalDate aEnd, LocalDate bStart, @Nullable LocalDate bEnd) {
        return (bEnd == null || aStart.isBefore(bEnd)) && (aEnd == null || bStart.isBefore(aEnd));
    }

    /** Whether the record already knows of events after the return's year (an earlier year imported late). */
    private static boolean heldIsLater(ChildRecord held, LocalDate yearEnd) {
        return held.episodes().stream().anyMatch(e -> e.started().isAfter(yearEnd)
                || e.ceased() != null && e.ceased().isAfter(yearEnd))
                || held.reviews().stream().anyMatch(r -> r.date().isAfter(yearEnd))
                || held.careLeaverContacts().stream().anyMatch(c -> c.date().isAfter(yearEnd))
                || held.health().stream().anyMatch(h -> h.date().isAfter(yearEnd));
    }

    private static <T> List<T> union(List<T> held, List<T> incoming) {
        var result = new ArrayList<T>(held);
        incoming.stream().filter(e -> !result.contains(e)).forEach(result::add);
        return result;
    }

    private static <T> @Nullable T orElse(@Nullable T preferred, @Nullable T other) {
        return preferred != null ? preferred : other;
    }
}
