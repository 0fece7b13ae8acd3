package org.ourpromise.returns.rules.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.returns.Ssda903Row;

/**
 * A child's PlacedAdoption rows: each a decision that the child should be placed for adoption,
 * perhaps later reversed. A child can have a reversed decision and then a new one, so rules about
 * "the" decision read the latest (by DATE_PLACED; undated rows count as earliest, ties go to the
 * later row in the file).
 */
final class AdoptionDecisions {

    private AdoptionDecisions() {
    }

    static @Nullable Ssda903Row latest(List<Ssda903Row> decisions) {
        Ssda903Row latest = null;
        for (var d : decisions) {
            if (latest == null || !isEarlier(d.date("DATE_PLACED"), latest.date("DATE_PLACED"))) {
                latest = d;
            }
        }
        return latest;
    }

    private static boolean isEarlier(@Nullable LocalDate a, @Nullable LocalDate b) {
        if (a == null) {
            return b != null;
        }
        return b != null && a.isBefore(b);
    }

    static boolean anyDated(List<Ssda903Row> decisions) {
        for (var d : decisions) {
            if (!d.isBlank("DATE_PLACED")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The decisions that come too late for an event on {@code date} (placement for adoption, an
     * order): all the valid-dated ones when none of them is on or before it, else none.
     */
    static List<Ssda903Row> allAfter(List<Ssda903Row> decisions, LocalDate date) {
        var after = new ArrayList<Ssda903Row>();
        for (var d : decisions) {
            LocalDate decided = d.date("DATE_PLACED");
            if (decided != null) {
                if (!decided.isAfter(date)) {
                    return List.of();
                }
                after.add(d);
            }
        }
        return after;
    }

    static boolean isReversed(Ssda903Row decision) {
        return !decision.isBlank("DATE_PLACED_CEASED") || !decision.isBlank("REASON_PLACED_CEASED");
    }
}
