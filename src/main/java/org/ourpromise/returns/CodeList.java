package org.ourpromise.returns;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The SSDA903 code lists (DOMAIN.md §1.4), versioned by collection year (§1.6). {@code codes(year)}
 * gives the codes valid in the collection year ending 31 March {@code year}; {@code label} a plain
 * English meaning for screens.
 */
public enum CodeList {
    SEX, ETHNIC, UPN_UNKNOWN, RNE, LS, CIN, PLACE, PLACE_PROVIDER, REC, REASON_PLACE_CHANGE, REVIEW_CODE,
    REASON_PLACED_CEASED, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR, IN_TOUCH, ACTIV, ACCOM_LETTER, PREV_PERM,
    MISSING, SDQ_REASON, SW_REASON;

    /** Codes valid in the collection year ending 31 March {@code year}, in display order. */
    public Set<String> codes(int year) {
        return CodeListData.labels(this, year).keySet();
    }

    public boolean isValid(String code, int year) {
        return code != null && CodeListData.labels(this, year).containsKey(code);
    }

    /** Code to plain-English label for the year. */
    public Map<String, String> labels(int year) {
        return new LinkedHashMap<>(CodeListData.labels(this, year));
    }

    public String label(String code, int year) {
        return CodeListData.labels(this, year).getOrDefault(code, code);
    }
}
