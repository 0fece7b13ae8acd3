package org.ourpromise.measures.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a child's periods of care into placements, MEASURES.md §3: a new placement starts at RNE S, P
 * or B and at the first episode of a period; RNE L, T and U continue the placement. An RNE outside the
 * code list also continues it (our choice: bad codes should not inflate moves). With temporary placements
 * excluded: (a) a placement starting in T0–T4 is temporary and not counted; (b) the placement directly
 * after one or more temporary ones, in the same period, continues the last non-temporary placement of that
 * period when its first episode has the same PLACE, PL_POST and URN as that placement's last episode.
 */
final class Placements {

    private static final Set<String> NEW_CARER = Set.of("S", "P", "B");

    private Placements() {
    }

    static List<Placement> of(List<PeriodOfCare> periods, boolean excludeTemporary) {
        var placements = new ArrayList<Placement>();
        for (int p = 0; p < periods.size(); p++) {
            addPeriod(placements, runs(periods.get(p)), p, excludeTemporary);
        }
        return List.copyOf(placements);
    }

    private static void addPeriod(List<Placement> placements, List<List<Episode>> runs, int period,
            boolean excludeTemporary) {
        int lastCounted = -1;
        boolean afterTemporary = false;
        for (var run : runs) {
            if (excludeTemporary && run.get(0).isTemporaryPlacement()) {
                placements.add(new Placement(run, period, true));
                afterTemporary = true;
                continue;
            }
            if (afterTemporary && lastCounted >= 0 && run.get(0).sameSettingAs(placements.get(lastCounted).last())) {
                placements.set(lastCounted, placements.get(lastCounted).continuedBy(run));
            } else {
                placements.add(new Placement(run, period, false));
                lastCounted = placements.size() - 1;
            }
            afterTemporary = false;
        }
    }

    private static List<List<Episode>> runs(PeriodOfCare period) {
        var runs = new ArrayList<List<Episode>>();
        List<Episode> current = null;
        for (var e : period.episodes()) {
            if (current == null || NEW_CARER.contains(e.rne())) {
                current = new ArrayList<>();
                runs.add(current);
            }
            current.add(e);
        }
        return runs;
    }
}
