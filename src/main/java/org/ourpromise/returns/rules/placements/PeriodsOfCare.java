package org.ourpromise.returns.rules.placements;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.returns.Ssda903Row;

/**
 * Periods of care within one child's episodes in DECOM order (DOMAIN.md §1.1): a period starts with
 * an episode whose RNE is S, or after an episode that ceased with a reason other than X1.
 */
final class PeriodsOfCare {

    private PeriodsOfCare() {
    }

    /** Whether the episode at {@code i} opens a period of care. */
    static boolean startsPeriod(List<Ssda903Row> eps, int i) {
        return i == 0 || "S".equals(eps.get(i).get("RNE")) || !"X1".equals(eps.get(i - 1).get("REC"));
    }

    /** Index of the first episode of the period holding episode {@code i}. */
    static int periodStartIndex(List<Ssda903Row> eps, int i) {
        int k = i;
        while (!startsPeriod(eps, k)) {
            k--;
        }
        return k;
    }

    /** DECOM of the first episode of the period holding episode {@code i}. */
    static LocalDate startOfPeriodEnding(List<Ssda903Row> eps, int i) {
        return eps.get(periodStartIndex(eps, i)).date("DECOM");
    }
}
