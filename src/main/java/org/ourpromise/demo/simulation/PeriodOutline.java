package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One period of care as the simulation plans it: when it starts, the legal statuses it passes
 * through, when and why it ends. Category of need is fixed for the period (DOMAIN.md §1.1).
 */
record PeriodOutline(Route route, LocalDate started, @Nullable LocalDate ceased, @Nullable String reasonCeased,
        String categoryOfNeed, List<LegalSpell> legal, @Nullable AdoptionPlan adoption) {

    boolean isShortBreak() {
        return route == Route.SHORT_BREAKS;
    }

    /** Looked after on some day from {@code from} to {@code to}: an episode ending on {@code from} counts. */
    boolean overlaps(LocalDate from, LocalDate to) {
        return !started.isAfter(to) && (ceased == null || !ceased.isBefore(from));
    }

    /** The period as known at the end of {@code asAt}, or null if it had not started. */
    @Nullable PeriodOutline knownAt(LocalDate asAt) {
        if (started.isAfter(asAt)) {
            return null;
        }
        boolean ended = ceased != null && !ceased.isAfter(asAt);
        var spells = new ArrayList<LegalSpell>();
        for (var s : legal) {
            if (!s.from().isAfter(asAt)) {
                spells.add(s);
            }
        }
        return new PeriodOutline(route, started, ended ? ceased : null, ended ? reasonCeased : null, categoryOfNeed,
                List.copyOf(spells), adoption == null ? null : adoption.knownAt(asAt));
    }
}
