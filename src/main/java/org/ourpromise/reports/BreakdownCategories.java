package org.ourpromise.reports;

import java.util.Map;
import org.ourpromise.returns.CodeList;

/**
 * The words for a breakdown's categories: the measures key a breakdown by the return's codes ("C2", "PR1", "E11"),
 * which a councillor reading the annual report cannot be expected to know, so each is shown as the code list's
 * plain-English meaning. Breakdowns keyed by words already (age bands, placement groups) are shown as they are.
 */
final class BreakdownCategories {

    private static final Map<String, CodeList> CODED = Map.of(
            "cla.by_sex.", CodeList.SEX,
            "cla.by_legal_status.", CodeList.LS,
            "cla.by_provider.", CodeList.PLACE_PROVIDER,
            "starts.by_cin.", CodeList.CIN,
            "ceased.by_reason.", CodeList.REC,
            "oc3.neet_by_reason.", CodeList.ACTIV,
            "reviews.participation.", CodeList.REVIEW_CODE);

    /** The sex codes M, F and U are the return's from 2024-25; earlier years' lists say 1 and 2. */
    private static final int SEX_LETTERS_FROM = 2025;

    private BreakdownCategories() {
    }

    /** The category's words: the code list's meaning for a coded breakdown, else the key's own words. */
    static String words(String prefix, String category, int year) {
        var list = CODED.get(prefix);
        if (list == null) {
            return category;
        }
        int listYear = list == CodeList.SEX ? Math.max(year, SEX_LETTERS_FROM) : year;
        return list.label(category, listYear);
    }
}
