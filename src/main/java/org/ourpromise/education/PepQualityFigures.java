package org.ourpromise.education;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The quality of the cohort's PEPs held in a stretch of time: how many were rated, how many good, how many had to
 * have remedial action (the seed's "30.9% of PEPs ... had to have some remedial action"), and the PEPs still
 * waiting for the Virtual School to rate them or for a school's remedial action (on the child's latest PEP,
 * due by today), with the children whose PEPs were rated and those with one needing action (for the drill-down).
 * Pure: dates are given.
 */
public record PepQualityFigures(int held, int rated, int good, int needingAction, List<Pep> awaitingRating,
        List<Pep> remedialDue, List<String> ratedChildren, List<String> actionChildren) {

    /** PEPs held this many months before today and not yet rated are on the worklist. */
    public static final int RATE_WITHIN_MONTHS = 6;

    public static PepQualityFigures of(Map<String, List<Pep>> byChild, Collection<String> cohort, LocalDate from,
            LocalDate to) {
        int held = 0;
        int rated = 0;
        int good = 0;
        int action = 0;
        var awaiting = new ArrayList<Pep>();
        var remedial = new ArrayList<Pep>();
        var ratedChildren = new java.util.TreeSet<String>();
        var actionChildren = new java.util.TreeSet<String>();
        for (var id : Set.copyOf(cohort)) {
            var mine = byChild.getOrDefault(id, List.of());
            for (var p : mine) {
                boolean inPeriod = !p.held().isBefore(from) && !p.held().isAfter(to);
                held += inPeriod ? 1 : 0;
                if (p.quality() == null) {
                    if (!p.held().isBefore(to.minusMonths(RATE_WITHIN_MONTHS)) && !p.held().isAfter(to)) {
                        awaiting.add(p);
                    }
                    continue;
                }
                var q = p.quality();
                rated += inPeriod ? 1 : 0;
                good += inPeriod && !q.rating().needsAction() ? 1 : 0;
                action += inPeriod && q.rating().needsAction() ? 1 : 0;
                if (inPeriod) {
                    ratedChildren.add(id);
                    if (q.rating().needsAction()) {
                        actionChildren.add(id);
                    }
                }
                // a newer PEP replaces the old one's remedial action
                if (q.rating().needsAction() && q.remedialBy() != null && p == mine.get(mine.size() - 1) && !q.remedialBy().isAfter(to)
                        && !q.remedialBy().isBefore(to.minusMonths(RATE_WITHIN_MONTHS))) {
                    remedial.add(p);
                }
            }
        }
        awaiting.sort(Comparator.comparing(Pep::held));
        remedial.sort(Comparator.comparing((Pep p) -> p.quality().remedialBy()));
        return new PepQualityFigures(held, rated, good, action, List.copyOf(awaiting), List.copyOf(remedial),
                List.copyOf(ratedChildren), List.copyOf(actionChildren));
    }

    /** Of the PEPs rated, the share rated good. */
    public Share goodShare() {
        return new Share(good, rated);
    }

    /** Of the PEPs rated, the share that needed remedial action. */
    public Share actionShare() {
        return new Share(needingAction, rated);
    }

    /** Of the PEPs held, the share rated. */
    public Share ratedShare() {
        return new Share(rated, held);
    }
}
