package org.ourpromise.returns.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ourpromise.returns.ReferenceData;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;
import org.ourpromise.returns.rules.RuleContext;

/**
 * DOMAIN.md §1.3 Missing: periods may not overlap. The one-pass check (sorted, carrying the latest
 * end) is compared with the definition read pairwise: a period fails when any period before it in
 * date order is open or ends after it starts.
 */
class DatedPeriodsTests {

    private static final LocalDate BASE = LocalDate.of(2025, 4, 1);

    @Property(tries = 300)
    void oneSweepFindsExactlyThePairwiseOverlaps(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 40) Integer> starts,
            @ForAll @Size(min = 8, max = 8) List<@IntRange(min = -1, max = 15) Integer> lengths) {
        var rows = new ArrayList<Ssda903Row>();
        for (int i = 0; i < starts.size(); i++) {
            var start = BASE.plusDays(starts.get(i));
            String end = lengths.get(i) < 0 ? "" : Ssda903Dates.format(start.plusDays(lengths.get(i)));
            rows.add(new Ssda903Row(Ssda903Table.MISSING, "missing.csv", i + 1,
                    new String[] {"C1", "", "M", Ssda903Dates.format(start), end}));
        }
        var ctx = new RuleContext(Ssda903Return.of(Map.of(Ssda903Table.MISSING, rows)), Optional.empty(), 2026,
                ReferenceData.none());
        Set<Integer> found = new HashSet<>();
        DatedPeriods.failOverlaps(ctx, Ssda903Table.MISSING, "MIS_START", "MIS_END", r -> found.add(r.rowNumber()));

        assertThat(found).isEqualTo(pairwise(DatedPeriods.byStart(rows, "MIS_START", "MIS_END")));
    }

    private static Set<Integer> pairwise(List<Ssda903Row> ordered) {
        var failing = new HashSet<Integer>();
        for (int i = 0; i < ordered.size(); i++) {
            var start = ordered.get(i).date("MIS_START");
            for (int j = 0; j < i; j++) {
                var earlierEnd = ordered.get(j).date("MIS_END");
                if (earlierEnd == null || start.isBefore(earlierEnd)) {
                    failing.add(ordered.get(i).rowNumber());
                }
            }
        }
        return failing;
    }

    @Property(tries = 100)
    void aChildsFirstPeriodNeverFails(@ForAll @IntRange(min = 0, max = 30) int start,
            @ForAll @IntRange(min = -1, max = 10) int length) {
        var s = BASE.plusDays(start);
        var row = new Ssda903Row(Ssda903Table.MISSING, "missing.csv", 1, new String[] {"C1", "", "M",
                Ssda903Dates.format(s), length < 0 ? "" : Ssda903Dates.format(s.plusDays(length))});
        var ctx = new RuleContext(Ssda903Return.of(Map.of(Ssda903Table.MISSING, List.of(row))), Optional.empty(),
                2026, ReferenceData.none());
        var found = new HashMap<Integer, Boolean>();
        DatedPeriods.failOverlaps(ctx, Ssda903Table.MISSING, "MIS_START", "MIS_END", r -> found.put(r.rowNumber(), true));
        assertThat(found).isEmpty();
    }
}
