package org.ourpromise.measures.compute;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Named groups of codes used by the breakdowns of MEASURES.md §1, in the order they are reported. */
final class Groups {

    static final List<String> LEGAL_STATUSES = List.of("C1", "C2", "D1", "E1", "V2", "L1", "L2", "L3", "J1", "J2", "J3");
    static final List<String> AGE_BANDS = List.of("under_1", "1_to_4", "5_to_9", "10_to_15", "16_plus");
    static final List<String> PROVIDERS = List.of("PR0", "PR1", "PR2", "PR3", "PR4", "PR5", "none");

    static final Map<String, Set<String>> ETHNIC_GROUPS = ordered(
            "white", Set.of("WBRI", "WIRI", "WOTH", "WIRT", "WROM"),
            "mixed", Set.of("MWBC", "MWBA", "MWAS", "MOTH"),
            "asian", Set.of("AIND", "APKN", "ABAN", "AOTH"),
            "black", Set.of("BCRB", "BAFR", "BOTH"),
            "other", Set.of("CHNE", "OOTH"),
            "not_known", Set.of("REFU", "NOBT", ""));

    static final Map<String, Set<String>> PLACEMENT_GROUPS = ordered(
            "foster_kinship", Set.of("U1", "U2", "U3"),
            "foster_other", Set.of("U4", "U5", "U6"),
            "placed_for_adoption", Set.of("A3", "A4", "A5", "A6"),
            "with_parents", Set.of("P1"),
            "independent_living", Set.of("P2", "H5", "K3"),
            "residential", Set.of("K1", "K2", "R1"),
            "residential_school", Set.of("S1"),
            "other_residential", Set.of("R2", "R3", "R5"),
            "temporary", Set.of("T0", "T1", "T2", "T3", "T4"),
            "other", Set.of());

    static final Set<String> FAMILY_BASED_GROUPS = Set.of("foster_kinship", "foster_other", "placed_for_adoption",
            "with_parents");

    private Groups() {
    }

    /** The group of a code; {@code fallback} when no group lists it. */
    static String groupOf(Map<String, Set<String>> groups, String code, String fallback) {
        for (var g : groups.entrySet()) {
            if (g.getValue().contains(code)) {
                return g.getKey();
            }
        }
        return fallback;
    }

    /** Age band of MEASURES.md §1 for an age in whole years; null when the age is unknown (-1). */
    static @Nullable String ageBand(int age) {
        if (age < 0) {
            return null;
        }
        if (age < 1) {
            return "under_1";
        }
        if (age <= 4) {
            return "1_to_4";
        }
        if (age <= 9) {
            return "5_to_9";
        }
        return age <= 15 ? "10_to_15" : "16_plus";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> ordered(Object... pairs) {
        var m = new LinkedHashMap<String, Set<String>>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Set<String>) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
