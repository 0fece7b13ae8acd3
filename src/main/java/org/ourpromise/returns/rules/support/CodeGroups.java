package org.ourpromise.returns.rules.support;

import java.util.Set;

/** Groups of SSDA903 codes that many rules name (DOMAIN.md §1.4), and the SEX codes of each year (§1.3). */
public final class CodeGroups {

    /** Reasons an episode ceased that mean the child was adopted (REC). */
    public static final Set<String> ADOPTED = Set.of("E11", "E12");
    /** Placed for adoption (PLACE A3–A6). */
    public static final Set<String> PLACED_FOR_ADOPTION = Set.of("A3", "A4", "A5", "A6");
    /** Foster placements (PLACE U1–U6). */
    public static final Set<String> FOSTER = Set.of("U1", "U2", "U3", "U4", "U5", "U6");
    /** Temporary placements (PLACE T0–T4, DOMAIN.md §1.4.6). */
    public static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");

    private CodeGroups() {
    }

    /** SEX of a girl: 2 up to 2023-24, F from 2024-25 (DOMAIN.md §1.3). */
    public static boolean isFemale(String sex, int year) {
        return sex.equals(year <= 2024 ? "2" : "F");
    }

    /** SEX of a boy: 1 up to 2023-24, M from 2024-25 (DOMAIN.md §1.3). */
    public static boolean isMale(String sex, int year) {
        return sex.equals(year <= 2024 ? "1" : "M");
    }
}
