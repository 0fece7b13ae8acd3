package org.ourpromise.casefile;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;

/**
 * The facts a worker needs first, as at a day: whether the child is in care, their legal status and
 * placement since when, and who is allocated to them.
 */
public record CurrentFacts(String status, int age, @Nullable String legalStatus, @Nullable String placement,
        @Nullable LocalDate placementSince, @Nullable LocalDate inCareSince, @Nullable String socialWorker,
        @Nullable String team, @Nullable String reviewingOfficer, @Nullable String personalAdviser) {

    public static CurrentFacts of(ChildRecord child, LocalDate today) {
        int age = Period.between(child.dateOfBirth(), today).getYears();
        CareEpisode open = child.episodes().stream().filter(e -> e.isOpenAt(today)).reduce((a, b) -> b).orElse(null);
        String status;
        if (open != null) {
            status = "In care";
        } else if (!child.careLeaverContacts().isEmpty() || hasCurrent(child, Allocation.Role.PERSONAL_ADVISER, today)) {
            status = "Care leaver";
        } else if (child.episodes().isEmpty()) {
            status = "Not looked after";
        } else {
            status = "Left care";
        }
        int year = Ssda903Dates.collectionYearOf(today);
        return new CurrentFacts(status, age,
                open == null ? null : CodeList.LS.label(open.legalStatus(), year),
                open == null ? null : CodeList.PLACE.label(open.placement(), Ssda903Dates.collectionYearOf(open.started())),
                open == null ? null : placementStart(child, open),
                open == null ? null : periodStart(child, open),
                current(child, Allocation.Role.SOCIAL_WORKER, today, false),
                current(child, Allocation.Role.SOCIAL_WORKER, today, true),
                current(child, Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, today, false),
                current(child, Allocation.Role.PERSONAL_ADVISER, today, false));
    }

    /** A placement continues through episodes that change only the legal status or keep the carer (L, T, U). */
    private static LocalDate placementStart(ChildRecord child, CareEpisode open) {
        var eps = child.episodes();
        int i = eps.indexOf(open);
        while (i > 0 && "LTU".contains(eps.get(i).reasonNewEpisode()) && eps.get(i - 1).ceased() != null
                && eps.get(i - 1).ceased().equals(eps.get(i).started())) {
            i--;
        }
        return eps.get(i).started();
    }

    private static LocalDate periodStart(ChildRecord child, CareEpisode open) {
        var eps = child.episodes();
        int i = eps.indexOf(open);
        while (i > 0 && !eps.get(i).reasonNewEpisode().equals("S") && "X1".equals(eps.get(i - 1).reasonCeased())) {
            i--;
        }
        return eps.get(i).started();
    }

    private static boolean hasCurrent(ChildRecord child, Allocation.Role role, LocalDate today) {
        return current(child, role, today, false) != null;
    }

    private static @Nullable String current(ChildRecord child, Allocation.Role role, LocalDate today, boolean team) {
        return child.allocations().stream()
                .filter(a -> a.role() == role && a.isCurrentOn(today))
                .max(Comparator.comparing(Allocation::from))
                .map(a -> team ? a.team() : a.workerId()).orElse(null);
    }
}
