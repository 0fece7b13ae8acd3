package org.ourpromise.returns;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SSDA903 code lists (DOMAIN.md §1.4), versioned by collection year (§1.6). {@code codes(year)}
 * gives the codes valid in the collection year ending 31 March {@code year}; {@code label} a plain
 * English meaning for screens.
 */
public enum CodeList {
    SEX, ETHNIC, UPN_UNKNOWN, RNE, LS, CIN, PLACE, PLACE_PROVIDER, REC, REASON_PLACE_CHANGE, REVIEW_CODE,
    REASON_PLACED_CEASED, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR, IN_TOUCH, ACTIV, ACCOM_LETTER, PREV_PERM,
    MISSING, SDQ_REASON, SW_REASON;

    /**
     * The list of each year, built once: rules ask {@link #isValid} for every row of a national
     * return, and building the list per call was a large part of validation time.
     */
    private final Map<Integer, Map<String, String>> byYear = new ConcurrentHashMap<>();

    private Map<String, String> list(int year) {
        return byYear.computeIfAbsent(year, y -> Collections.unmodifiableMap(CodeListData.labels(this, y)));
    }

    /** Codes valid in the collection year ending 31 March {@code year}, in display order. */
    public Set<String> codes(int year) {
        return list(year).keySet();
    }

    public boolean isValid(String code, int year) {
        return code != null && list(year).containsKey(code);
    }

    /** Code to plain-English label for the year. */
    public Map<String, String> labels(int year) {
        return new LinkedHashMap<>(list(year));
    }

    public String label(String code, int year) {
        return list(year).getOrDefault(code, code);
    }
}
