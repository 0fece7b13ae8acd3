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
 * the you said, we did ledger and the requests for an advocate.
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

    /**
     * Waiting for an advocate first (newest first within each, the register's order); or by young person, the day
     * asked (latest first), what for, or what it is linked to.
     */
    static final Sorting<Advocacy.Request> ADVOCACY_COLUMNS = Sorting
            .by("advocate", Comparator.comparing((Advocacy.Request r) -> r.advocate() == null ? "" : lower(r.advocate())))
            .and("child", Comparator.comparing((Advocacy.Request r) -> lower(r.name()))
                    .thenComparing(Advocacy.Request::childId))
            .andDescending("asked", Comparator.comparing(Advocacy.Request::requestedOn))
            .and("for", Comparator.comparing((Advocacy.Request r) -> lower(r.forWhat())))
            .and("linked", Comparator.comparing((Advocacy.Request r) -> r.complaintRef() != null ? "complaint "
                    + r.complaintRef() : r.reviewOn() != null ? "review " + r.reviewOn() : "~"));

    static ListPage<Advocacy.Request> advocacyPage(List<Advocacy.Request> rows, Map<String, String> params) {
        return ADVOCACY_COLUMNS.page(rows, params.get("sort"), params.get("order"), params.get("page"),
                "/voice/advocacy", Map.of());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.UK);
    }
}
