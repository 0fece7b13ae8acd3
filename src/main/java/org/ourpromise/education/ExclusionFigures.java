package org.ourpromise.education;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Exclusions that began in a stretch of time, for one child or a cohort: suspensions and their school days,
 * permanent exclusions, and how many of the children had each; the shares are of the children counted (the
 * DfE's suspension and permanent exclusion rates count pupils with at least one), with the children behind them
 * (sorted) for the drill-down. Pure: dates are given.
 */
public record ExclusionFigures(int children, int suspensions, BigDecimal suspensionDays, int childrenSuspended,
        int permanent, int childrenPermanentlyExcluded, List<String> cohort, List<String> suspended,
        List<String> permanentlyExcluded) {

    public static final ExclusionFigures NONE = new ExclusionFigures(0, 0, BigDecimal.ZERO, 0, 0, 0, List.of(),
            List.of(), List.of());

    /** The exclusions of {@code cohort}'s children that began from {@code from} to {@code to}, both included. */
    public static ExclusionFigures of(Map<String, List<Exclusion>> byChild, Collection<String> cohort, LocalDate from,
            LocalDate to) {
        int suspensions = 0;
        int permanent = 0;
        var suspended = new java.util.ArrayList<String>();
        var excluded = new java.util.ArrayList<String>();
        var days = BigDecimal.ZERO;
        var ids = new java.util.TreeSet<String>(cohort);
        for (var id : ids) {
            var mine = byChild.getOrDefault(id, List.of()).stream().filter(e -> e.beganBetween(from, to)).toList();
            int s = (int) mine.stream().filter(Exclusion::suspension).count();
            int p = mine.size() - s;
            suspensions += s;
            permanent += p;
            if (s > 0) {
                suspended.add(id);
            }
            if (p > 0) {
                excluded.add(id);
            }
            for (var e : mine) {
                if (e.suspension() && e.days() != null) {
                    days = days.add(e.days());
                }
            }
        }
        return new ExclusionFigures(ids.size(), suspensions, days, suspended.size(), permanent, excluded.size(),
                List.copyOf(ids), List.copyOf(suspended), List.copyOf(excluded));
    }

    /** Per cent of the children with at least one suspension. */
    public Share suspendedShare() {
        return new Share(childrenSuspended, children);
    }

    /** Per cent of the children permanently excluded. */
    public Share permanentShare() {
        return new Share(childrenPermanentlyExcluded, children);
    }

    public String daysWords() {
        return suspensionDays.stripTrailingZeros().toPlainString();
    }
}
