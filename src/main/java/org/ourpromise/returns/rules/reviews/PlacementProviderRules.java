package org.ourpromise.returns.rules.reviews;

import static org.ourpromise.returns.Ssda903Table.EPISODES;

import java.util.List;
import java.util.Set;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.CodeGroups;

/** Rules that the placement provider (DOMAIN.md §1.4.7) can provide the placement type (§1.4.6). */
public final class PlacementProviderRules implements RuleGroup {

    /** Parents, health settings and custody are never provided by a local authority (527, 528). */
    private static final Set<String> NOT_LA_PROVIDED = Set.of("P1", "R2", "R5");
    private static final Set<String> NOT_OTHER_PUBLIC = union(Set.of("P1", "K1", "K2"), CodeGroups.PLACED_FOR_ADOPTION,
            CodeGroups.FOSTER);

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                // Temporary placements and "other placements" (Z1 to 2024-25, Z11–Z14 from 2025-26) need no provider.
                new RowRule("526", EPISODES, (ctx, e) -> e.isBlank("PLACE_PROVIDER")
                        && !CodeGroups.TEMPORARY.contains(e.get("PLACE")) && !isOtherPlacement(e.get("PLACE"), ctx.year())),
                provider("527", "PR1", NOT_LA_PROVIDED),
                provider("528", "PR2", NOT_LA_PROVIDED),
                provider("529", "PR3", NOT_OTHER_PUBLIC),
                provider("530", "PR4", Set.of("P1")),
                provider("531", "PR5", Set.of("P1")),
                new RowRule("550", EPISODES, (ctx, e) -> "PR0".equals(e.get("PLACE_PROVIDER"))
                        && !"P1".equals(e.get("PLACE"))));
    }

    private static RowRule provider(String code, String provider, Set<String> placements) {
        return new RowRule(code, EPISODES, (ctx, e) -> provider.equals(e.get("PLACE_PROVIDER"))
                && placements.contains(e.get("PLACE")));
    }

    private static boolean isOtherPlacement(String place, int year) {
        return place.startsWith("Z") && CodeList.PLACE.isValid(place, year);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        var all = new java.util.HashSet<String>();
        for (var set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }
}
