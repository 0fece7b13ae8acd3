package org.ourpromise.returns.annexa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.PeriodOfCare;

/**
 * A child's care as known at the as-at date: episodes started after it are not yet known, and an
 * episode ending after it is still open. Short breaks (V3/V4) are left out, as in the DfE measures
 * (DOMAIN.md §2): a child between two short breaks is not in care (Annex A scope UNCONFIRMED).
 */
final class CareAt {

    private static final List<String> NEW_PLACEMENT = List.of("S", "P", "B");

    final LocalDate asAt;
    final List<PeriodOfCare> periods;

    CareAt(ChildRecord child, LocalDate asAt) {
        this.asAt = asAt;
        var known = new ArrayList<CareEpisode>(child.episodes().size());
        for (var e : child.episodes()) {
            if (e.isShortBreak() || e.started().isAfter(asAt)) {
                continue;
            }
            known.add(e.ceased() != null && e.ceased().isAfter(asAt) ? open(e) : e);
        }
        this.periods = PeriodOfCare.of(known);
    }

    private static CareEpisode open(CareEpisode e) {
        return new CareEpisode(e.started(), e.reasonNewEpisode(), e.legalStatus(), e.categoryOfNeed(), e.placement(),
                e.provider(), null, null, null, e.homePostcode(), e.placementPostcode(), e.urn());
    }

    boolean isEmpty() {
        return periods.isEmpty();
    }

    PeriodOfCare latest() {
        return periods.get(periods.size() - 1);
    }

    CareEpisode latestEpisode() {
        var episodes = latest().episodes();
        return episodes.get(episodes.size() - 1);
    }

    boolean inCare() {
        return latest().end() == null;
    }

    /** The first day of the run of episodes, at the end of the latest period, with the latest legal status. */
    LocalDate currentLegalStatusStart() {
        var episodes = latest().episodes();
        int i = episodes.size() - 1;
        String status = episodes.get(i).legalStatus();
        while (i > 0 && episodes.get(i - 1).legalStatus().equals(status)) {
            i--;
        }
        return episodes.get(i).started();
    }

    /**
     * The start of the latest placement: MEASURES.md §3, a placement starts at an episode with RNE S, P
     * or B and at a period's first episode; L, T and U continue it (same carer).
     */
    LocalDate latestPlacementStart() {
        var episodes = latest().episodes();
        int i = episodes.size() - 1;
        while (i > 0 && !NEW_PLACEMENT.contains(episodes.get(i).reasonNewEpisode())) {
            i--;
        }
        return episodes.get(i).started();
    }

    /**
     * Placements (MEASURES.md §3, temporary placements T0–T4 not counted) with a day in care in the
     * 12 months up to the as-at date, across periods.
     */
    int placementsInLastYear() {
        var from = asAt.minusYears(1);
        int count = 0;
        for (var period : periods) {
            var episodes = period.episodes();
            for (int i = 0; i < episodes.size(); i++) {
                var first = episodes.get(i);
                if (i > 0 && !NEW_PLACEMENT.contains(first.reasonNewEpisode())) {
                    continue;
                }
                int j = i;
                while (j + 1 < episodes.size() && !NEW_PLACEMENT.contains(episodes.get(j + 1).reasonNewEpisode())) {
                    j++;
                }
                var end = episodes.get(j).ceased();
                boolean temporary = first.placement().length() == 2 && first.placement().charAt(0) == 'T'
                        && first.placement().charAt(1) >= '0' && first.placement().charAt(1) <= '4';
                if (!temporary && (end == null || end.isAfter(from))) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Whether the child came back into care within the 12 months: the latest period started in them
     * and an earlier period was still open on a day of them (Annex A "second or subsequent period of being
     * looked after within the last 12 months"; this reading UNCONFIRMED).
     */
    boolean secondPeriodInLastYear() {
        var from = asAt.minusYears(1);
        if (periods.size() < 2 || !latest().start().isAfter(from)) {
            return false;
        }
        var previousEnd = periods.get(periods.size() - 2).end();
        return previousEnd != null && previousEnd.isAfter(from);
    }

    /**
     * The allocation of the role at {@code on}: the latest started on or before it and not ended before it;
     * failing that, the latest started on or before it.
     */
    static @Nullable Allocation allocation(ChildRecord child, Allocation.Role role, LocalDate on) {
        Allocation open = null;
        Allocation any = null;
        for (var a : child.allocations()) {
            if (a.role() != role || a.from().isAfter(on)) {
                continue;
            }
            if (any == null || a.from().isAfter(any.from())) {
                any = a;
            }
            if ((a.to() == null || !a.to().isBefore(on)) && (open == null || a.from().isAfter(open.from()))) {
                open = a;
            }
        }
        return open != null ? open : any;
    }

    /** The latest of the dates on or before {@code asAt} (and on or after {@code notBefore}), or null. */
    static @Nullable LocalDate latest(List<LocalDate> dates, LocalDate notBefore, LocalDate asAt) {
        LocalDate found = null;
        for (var d : dates) {
            if (!d.isAfter(asAt) && !d.isBefore(notBefore) && (found == null || d.isAfter(found))) {
                found = d;
            }
        }
        return found;
    }
}
