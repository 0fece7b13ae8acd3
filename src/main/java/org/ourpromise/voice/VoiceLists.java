package org.ourpromise.voice;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ourpromise.lists.ListPage;
import org.ourpromise.lists.Sorting;

/**
 * The voice room's long lists, their columns chosen once for a page and its CSV (which follows the page's order):
 * the you said, we did ledger.
 */
final class VoiceLists {

    private VoiceLists() {
    }

    /** Newest point first; or by what was said, owner, where it is, or the day told back (latest first). */
    static final Sorting<LedgerController.Row> LEDGER_COLUMNS = Sorting
            .byDescending("raised", Comparator.comparing((LedgerController.Row r) -> r.item().raisedOn()))
            .and("said", Comparator.comparing((LedgerController.Row r) -> lower(r.item().said())))
            .and("owner", Comparator.comparing((LedgerController.Row r) -> lower(r.item().owner())))
            .and("status", Comparator.comparing((LedgerController.Row r) -> lower(r.item().status())))
            .andDescending("told", Comparator.comparing((LedgerController.Row r) -> r.item().toldBackOn(),
                    Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())));

    static ListPage<LedgerController.Row> ledgerPage(List<LedgerController.Row> rows, Map<String, String> params) {
        return LEDGER_COLUMNS.page(rows, params.get("sort"), params.get("order"), params.get("page"),
                "/voice/you-said-we-did", Map.of());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.UK);
    }
}
