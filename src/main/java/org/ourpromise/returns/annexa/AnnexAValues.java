package org.ourpromise.returns.annexa;

import java.util.List;
import java.util.Map;
import org.ourpromise.timescales.CareLeaverCategory;

/**
 * Annex A's way of writing coded answers: a letter prefix, "a) Male", "b) Female" (DOMAIN.md §4). The
 * prefixes of the yes/no answers, the in-touch answers and suitability follow the same pattern;
 * that they are exactly Ofsted's wording is UNCONFIRMED (check against the current Annex A workbook).
 * Codes of the 903 (legal status, category of need, placement type and provider, reason ceased,
 * accommodation letter, activity) are written as the 903 codes.
 */
final class AnnexAValues {

    static final String YES = "a) Yes";
    static final String NO = "b) No";

    /** §1.4.1 codes in the order of DfE's ethnicity list, lettered a) to t); anything else u) UNKNOWN. */
    private static final List<String> ETHNICITY = List.of("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA",
            "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    private static final Map<String, String> IN_TOUCH = Map.of("YES", "a) Yes", "NO", "b) No", "DIED", "c) Died",
            "REFU", "d) Refused", "NREQ", "e) NREQ", "RHOM", "f) RHOM");

    private AnnexAValues() {
    }

    /** M, F, U of the record. U (unknown or indeterminate, meaning UNCONFIRMED, §1.3) is "not stated/recorded". */
    static String gender(String sex) {
        return switch (sex) {
            case "M" -> "a) Male";
            case "F" -> "b) Female";
            default -> "c) Not stated/recorded";
        };
    }

    static String ethnicity(String code) {
        int i = ETHNICITY.indexOf(code);
        return i < 0 ? "u) UNKNOWN" : (char) ('a' + i) + ") " + code;
    }

    static String yesNo(boolean yes) {
        return yes ? YES : NO;
    }

    /** DOMAIN.md §4 List 9: a) relevant, b) former relevant, c) qualifying, d) eligible. */
    static String eligibility(CareLeaverCategory category) {
        return switch (category) {
            case RELEVANT -> "a) Relevant";
            case FORMER_RELEVANT -> "b) Former relevant";
            case QUALIFYING -> "c) Qualifying";
            case ELIGIBLE -> "d) Eligible";
            case NONE -> "";
        };
    }

    /** The 903 IN_TOUCH code as Annex A's answer; an unknown code is written as it stands. */
    static String inTouch(String code) {
        return IN_TOUCH.getOrDefault(code, code);
    }

    /** The letter of a 903 ACCOM code (B1 -> B); blank for 0 (not known) or nothing. */
    static String accommodationType(String accom) {
        return accom.length() == 2 ? accom.substring(0, 1) : "";
    }

    /** The digit of a 903 ACCOM code: 1 suitable, 2 unsuitable (§1.4.15); blank otherwise. */
    static String suitability(String accom) {
        if (accom.length() != 2) {
            return "";
        }
        return switch (accom.charAt(1)) {
            case '1' -> "a) Suitable";
            case '2' -> "b) Unsuitable";
            default -> "";
        };
    }
}
