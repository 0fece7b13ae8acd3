package org.ourpromise.returns.derivation;

import org.ourpromise.returns.Ssda903Dates;

import static org.ourpromise.returns.Ssda903Table.AD1;
import static org.ourpromise.returns.Ssda903Table.DOLO;
import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.HEADER;
import static org.ourpromise.returns.Ssda903Table.MISSING;
import static org.ourpromise.returns.Ssda903Table.OC2;
import static org.ourpromise.returns.Ssda903Table.OC3;
import static org.ourpromise.returns.Ssda903Table.PLACED_ADOPTION;
import static org.ourpromise.returns.Ssda903Table.PREV_PERM;
import static org.ourpromise.returns.Ssda903Table.REVIEWS;
import static org.ourpromise.returns.Ssda903Table.SW_EPISODES;
import static org.ourpromise.returns.Ssda903Table.UASC;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.CareLeaverContactWindow;

/**
 * The rows of one child, scoped as DfE scopes the return (DOMAIN.md §1.2). The return is "as at
 * 31 March": a date after it is not yet known to the return and is written blank, with the codes
 * that depend on it. Every table holds only children of Header (rules INT05 and friends).
 */
final class ChildDerivation {

    private final ChildRecord child;
    private final CollectionSpan span;
    private final CareLeaverContactWindow window;
    private final ChildRows rows;
    private final String id;
    private final String dob;

    ChildDerivation(ChildRecord child, CollectionSpan span, CareLeaverContactWindow window, ChildRows rows) {
        this.child = child;
        this.span = span;
        this.window = window;
        this.rows = rows;
        this.id = child.childId();
        this.dob = Ssda903Dates.format(child.dateOfBirth());
    }

    void write() {
        boolean inCare = false;
        for (var e : child.episodes()) {
            inCare |= span.overlapsSpan(e.started(), e.ceased());
        }
        String[] leaver = CareLeaverOutcome.of(child, span, window);
        // §1.2 Header: every child looked after at any time in the span (short breaks included) and
        // every care leaver with an OC3 row.
        if (!inCare && leaver == null) {
            return;
        }
        header();
        uasc();
        episodes();
        reviews();
        missing();
        if (leaver != null) {
            rows.add(OC3, child.dateOfBirth(), id, dob, leaver[0], leaver[1], leaver[2]);
        }
        if (ContinuousCare.forTwelveMonths(child.episodes(), span)) {
            rows.add(OC2, child.dateOfBirth(), concat(new String[] {id, dob}, Oc2Outcomes.of(child, span)));
        }
        adoption();
        previousPermanence();
        socialWorkers();
        deprivationOfLiberty();
        rows.endChild();
    }

    private void header() {
        var who = child.identity();
        // §1.3 Header MOTHER and MC_DOB: for girls and young women looked after in the year (not only on
        // short breaks), as recorded, blank when not recorded (rules 393, 607, 165, 399, 628). They
        // describe her while looked after: a first child born after her last day in care this year is
        // not yet in the return (rule 625).
        String mother = "";
        String childsBirth = "";
        LocalDate lastInCare = lastDayLookedAfterInYear();
        if ("F".equals(who.sex()) && who.mother() != null && lastInCare != null) {
            boolean bornByThen = who.childsBirth() == null || !who.childsBirth().isAfter(lastInCare);
            mother = who.mother() && bornByThen ? "1" : "0";
            childsBirth = bornByThen ? Ssda903Dates.format(who.childsBirth()) : "";
        }
        rows.add(HEADER, who.dateOfBirth(), id, sex(), dob, who.ethnicity(), text(who.upn()), mother, childsBirth);
    }

    /** The child's last day looked after in the collection year, short breaks aside; null if none. */
    private @Nullable LocalDate lastDayLookedAfterInYear() {
        LocalDate last = null;
        for (var e : child.episodes()) {
            if (e.isShortBreak() || !span.overlapsYear(e.started(), e.ceased())) {
                continue;
            }
            LocalDate to = e.ceased() == null || e.ceased().isAfter(span.end()) ? span.end() : e.ceased();
            last = last == null || to.isAfter(last) ? to : last;
        }
        return last;
    }

    private boolean lookedAfterInYear() {
        for (var e : child.episodes()) {
            if (span.overlapsYear(e.started(), e.ceased())) {
                return true;
            }
        }
        return false;
    }

    /** §1.3, §1.6: 1/2 up to 2023-24, M/F/U from 2024-25. Before 2024-25 there is no code for U, so it is left blank. */
    private String sex() {
        String sex = child.identity().sex();
        if (span.year() >= 2025) {
            return sex;
        }
        return switch (sex) {
            case "M" -> "1";
            case "F" -> "2";
            default -> "";
        };
    }

    private void uasc() {
        // §1.2 UASC: children looked after in the year who were unaccompanied asylum seekers in it (a
        // DUC before 1 April says they were not, rules 303, 205C; care leavers not looked after in the
        // year have none, rule 1014); DUC blank while the status continues at 31 March (the ongoing
        // marker is far after it).
        if (child.uascUntil() != null && !child.uascUntil().isBefore(span.start()) && lookedAfterInYear()) {
            rows.add(UASC, child.dateOfBirth(), id, sex(), dob, Ssda903Dates.format(span.asAtEnd(child.uascUntil())));
        }
    }

    private void episodes() {
        // §1.2 Episodes: every episode open at any time in the span; one starting after 31 March is
        // not yet in the return, one ending after it is written open (DEC, REC and the placement change
        // reason, which belongs to the ending, blank: §1.3 REASON_PLACE_CHANGE).
        for (var e : child.episodes()) {
            if (!span.overlapsSpan(e.started(), e.ceased())) {
                continue;
            }
            boolean ended = e.ceased() != null && !e.ceased().isAfter(span.end());
            rows.add(EPISODES, e.started(), id, Ssda903Dates.format(e.started()), e.reasonNewEpisode(), e.legalStatus(),
                    e.categoryOfNeed(), placementCode(e), text(e.provider()), ended ? Ssda903Dates.format(e.ceased()) : "",
                    ended ? text(e.reasonCeased()) : "", ended ? text(e.reasonPlacementChange()) : "",
                    text(e.homePostcode()), text(e.placementPostcode()), text(e.urn()));
        }
    }

    /**
     * 2025-26 removed H5 (semi-independent) and P2 (independent living) and added K3 (registered
     * supported accommodation). A placement still open on 1 April 2025 is not a new episode: DfE's
     * transition (rule 503D's exception) lets it continue, written as K3 in the returns from
     * 2025-26 on. Placements that ended before then keep their code. P2's mapping to K3 is our
     * reading: UNCONFIRMED (DOMAIN.md §1.4.6, §6 q1).
     */
    private String placementCode(org.ourpromise.record.CareEpisode e) {
        boolean retired = e.placement().equals("H5") || e.placement().equals("P2");
        boolean openAtChange = e.ceased() == null || !e.ceased().isBefore(K3_FROM);
        return retired && span.year() >= 2026 && openAtChange ? "K3" : e.placement();
    }

    private static final java.time.LocalDate K3_FROM = java.time.LocalDate.of(2025, 4, 1);

    private void reviews() {
        // §1.2 Reviews: each review held in the span.
        for (var r : child.reviews()) {
            if (span.inSpan(r.date())) {
                rows.add(REVIEWS, r.date(), id, dob, Ssda903Dates.format(r.date()), r.participation());
            }
        }
    }

    private void missing() {
        // §1.3 Missing: periods starting in the span, and open ones carried over from before it
        // (rules 567–586); an end after 31 March is not yet known.
        for (var m : child.missing()) {
            if (span.overlapsSpan(m.started(), m.ended())) {
                rows.add(MISSING, m.started(), id, dob, m.type(), Ssda903Dates.format(m.started()),
                        Ssda903Dates.format(span.asAtEnd(m.ended())));
            }
        }
    }

    private void adoption() {
        // §1.2 AD1: children adopted in the year, i.e. a period of care ended E11/E12 within it.
        var order = child.adoption();
        if (order != null && adoptedInYear()) {
            rows.add(AD1, order.decision(), id, dob, Ssda903Dates.format(order.decision()), Ssda903Dates.format(order.matched()),
                    order.byFosterCarers() ? "1" : "0", order.numberOfAdopters(), order.sexOfAdopters(),
                    order.legalStatusOfAdopters());
        }
        // §1.2 PlacedAdoption: for a child looked after in the year, every decision that they should be
        // placed for adoption made by 31 March and not reversed before 1 April (rules 118, 1012, 561),
        // with its reversal only if that too was made by then.
        boolean lookedAfter = lookedAfterInYear();
        for (var d : child.adoptionDecisions()) {
            if (!lookedAfter || d.decided().isAfter(span.end()) || d.reversed() != null && d.reversed().isBefore(span.start())) {
                continue;
            }
            LocalDate reversed = span.asAtEnd(d.reversed());
            rows.add(PLACED_ADOPTION, d.decided(), id, dob, Ssda903Dates.format(d.decided()), Ssda903Dates.format(reversed),
                    reversed == null ? "" : text(d.reversalReason()));
        }
    }

    private boolean adoptedInYear() {
        for (var e : child.episodes()) {
            if (e.ceased() != null && span.inYear(e.ceased())
                    && ("E11".equals(e.reasonCeased()) || "E12".equals(e.reasonCeased()))) {
                return true;
            }
        }
        return false;
    }

    private void previousPermanence() {
        // §1.2 PrevPerm: children who start to be looked after (RNE S) in the span.
        var prev = child.previousPermanence();
        if (prev == null) {
            return;
        }
        LocalDate started = null;
        for (CareEpisode e : child.episodes()) {
            if ("S".equals(e.reasonNewEpisode()) && span.inSpan(e.started())
                    && (started == null || e.started().isBefore(started))) {
                started = e.started();
            }
        }
        if (started != null) {
            rows.add(PREV_PERM, started, id, dob, prev.option(), prev.localAuthority(), prev.date());
        }
    }

    private void socialWorkers() {
        // §1.3 SWEpisodes (from 2023-24): for children looked after at 31 March, every social worker
        // episode in the 12 months to it, whether or not the child was looked after then (rule SW12).
        // SW_REASON says why the episode began, so it is written for an open episode too (SW01b, SW16c).
        if (!SW_EPISODES.collectedIn(span.year()) || !ContinuousCare.lookedAfterAt(child.episodes(), span.end())) {
            return;
        }
        for (var a : child.allocations()) {
            if (a.role() == Allocation.Role.SOCIAL_WORKER && span.overlapsYear(a.from(), a.to())) {
                LocalDate to = span.asAtEnd(a.to());
                rows.add(SW_EPISODES, a.from(), id, dob, a.workerId(), Ssda903Dates.format(a.from()), Ssda903Dates.format(to),
                        text(a.changeReason()));
            }
        }
    }

    private void deprivationOfLiberty() {
        // §1.2 DoLo (from 2026-27): orders in force at any time in the year; rule 704: no end after 31 March.
        if (!DOLO.collectedIn(span.year())) {
            return;
        }
        for (var d : child.deprivationOfLiberty()) {
            if (span.overlapsYear(d.started(), d.ended())) {
                rows.add(DOLO, d.started(), id, dob, Ssda903Dates.format(d.started()), Ssda903Dates.format(span.asAtEnd(d.ended())));
            }
        }
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static String[] concat(String[] a, String[] b) {
        var all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
