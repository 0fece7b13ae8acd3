package org.ourpromise.returns.rules.placements;

import static org.ourpromise.returns.Ssda903Table.EPISODES;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.Ages;
import org.ourpromise.returns.rules.support.ChildRule;
import org.ourpromise.returns.rules.support.Postcodes;

/** Placement types against the child's age at the start, and temporary placements (T0–T4). */
public final class PlacementTypeRules implements RuleGroup {

    /** Semi-independent (H5, to 2024-25) and supported accommodation (K3, from 2024-25). */
    private static final Set<String> SUPPORTED_ACCOMMODATION = Set.of("H5", "K3");
    /** The last day a placement could be P2 (rules 217t and 230). */
    static final LocalDate P2_WITHDRAWN = LocalDate.of(2023, 10, 28);

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                // P2 (independent living) was withdrawn on 28 October 2023, when supported accommodation for
                // 16 and 17 year olds had to be registered (Supported Accommodation Regulations 2023).
                new RowRule("217t", EPISODES, (ctx, e) -> "P2".equals(e.get("PLACE"))
                        && (e.isBlank("DEC") || isAfter(e.date("DEC"), P2_WITHDRAWN))),
                minimumAge("370", Set.of("P2"), 16),
                minimumAge("371", SUPPORTED_ACCOMMODATION, 16),
                minimumAge("372", Set.of("R5"), 10),
                minimumAge("373", Set.of("S1"), 4),
                minimumAge("374", Set.of("P3"), 14),
                longerThan("375", "T1", 42),
                longerThan("376", "T3", 21),
                new ChildRule("377", EPISODES, PlacementTypeRules::thirdHolidayCoverInAYear),
                longerThan("379", "T4", 7),
                new RowRule("380", EPISODES, (ctx, e) -> Places.isTemporary(e) && "S".equals(e.get("RNE"))),
                new RowRule("381", EPISODES, (ctx, e) -> Places.isTemporary(e) && !e.isBlank("REC")
                        && !"X1".equals(e.get("REC"))),
                new ChildRule("383", EPISODES, PlacementTypeRules::noReturnAfterTemporary));
    }

    private static boolean isAfter(LocalDate date, LocalDate limit) {
        return date != null && date.isAfter(limit);
    }

    private static RowRule minimumAge(String code, Set<String> places, int years) {
        return new RowRule(code, EPISODES, (ctx, e) -> {
            var dob = ctx.dateOfBirth(e.child()).orElse(null);
            return places.contains(e.get("PLACE")) && dob != null && e.date("DECOM") != null
                    && !Ages.atLeast(dob, e.date("DECOM"), years);
        });
    }

    private static RowRule longerThan(String code, String place, int maxDays) {
        return new RowRule(code, EPISODES, (ctx, e) -> place.equals(e.get("PLACE"))
                && Places.days(e, ctx.end()) > maxDays);
    }

    /** DfE rule 377: a T3 placement that is the third to start within 12 months is one too many. */
    private static void thirdHolidayCoverInAYear(RuleContext ctx, String child, List<Ssda903Row> eps, RuleSink sink) {
        var window = new ArrayDeque<LocalDate>();
        for (var e : eps) {
            var start = e.date("DECOM");
            if (!"T3".equals(e.get("PLACE")) || start == null) {
                continue;
            }
            while (!window.isEmpty() && !window.peekFirst().isAfter(start.minusYears(1))) {
                window.pollFirst();
            }
            if (window.size() >= 2) {
                sink.fail(e);
            }
            window.addLast(start);
        }
    }

    /**
     * DfE rule 383: after a temporary placement the child returns to the placement they had before
     * it. From 2025-26 the return is also a new placement episode (RNE P) at the same postcode.
     */
    private static void noReturnAfterTemporary(RuleContext ctx, String child, List<Ssda903Row> eps, RuleSink sink) {
        for (int i = 1; i + 1 < eps.size(); i++) {
            if (!Places.isTemporary(eps.get(i))) {
                continue;
            }
            var before = eps.get(i - 1);
            var after = eps.get(i + 1);
            boolean samePlace = before.get("PLACE").equals(after.get("PLACE"));
            if (ctx.year() >= 2026) {
                samePlace = samePlace && "P".equals(after.get("RNE"))
                        && Postcodes.normalise(before.get("PL_POST"))
                                .equals(Postcodes.normalise(after.get("PL_POST")));
            }
            if (!samePlace) {
                sink.fail(after);
            }
        }
    }
}
