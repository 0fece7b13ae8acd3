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
 * the you said, we did ledger, the requests for an advocate, the independent visitors' three tables and the
 * consultations. (The awards and a group's two tables are {@link AwardAndGroupLists}.)
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

    static final String WAITING = "waiting";
    static final String APPOINTED = "appointed";
    static final String CONSIDERED = "considered";

    /** Longest waiting first (the days since one was offered, most first), or by child. */
    static final Sorting<Visitors.Need> WAITING_COLUMNS = Sorting
            .byDescending("waited", Comparator.comparing((Visitors.Need n) -> n.offeredOn(),
                    Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())))
            .and("child", byChild());

    /** Latest appointed first, or by child or by visitor. */
    static final Sorting<Visitors.Need> APPOINTED_COLUMNS = Sorting
            .byDescending("since", Comparator.comparing((Visitors.Need n) -> n.appointedOn(),
                    Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())))
            .and("child", byChild())
            .and("visitor", Comparator.comparing((Visitors.Need n) -> n.visitor() == null ? "" : lower(n.visitor())));

    /** Latest considered first, or by child or by outcome. */
    static final Sorting<Visitors.Need> CONSIDERED_COLUMNS = Sorting
            .byDescending("considered", Comparator.comparing(Visitors.Need::consideredOn))
            .and("child", byChild())
            .and("outcome", Comparator.comparing(Visitors.Need::declined));

    /** One of the independent visitors' tables: its rows out of all of them, and its columns. */
    static List<Visitors.Need> visitorRows(List<Visitors.Need> all, String table) {
        return all.stream().filter(switch (table) {
            case WAITING -> Visitors.Need::waiting;
            case APPOINTED -> (Visitors.Need n) -> n.visitor() != null;
            default -> (Visitors.Need n) -> n.offeredOn() == null || n.declined();
        }).toList();
    }

    static Sorting<Visitors.Need> visitorColumns(String table) {
        return switch (table) {
            case WAITING -> WAITING_COLUMNS;
            case APPOINTED -> APPOINTED_COLUMNS;
            default -> CONSIDERED_COLUMNS;
        };
    }

    /** The table's page: the address's sort, order and page if they are for this table ({@code table=}). */
    static ListPage<Visitors.Need> visitorPage(List<Visitors.Need> all, String table, Map<String, String> params) {
        boolean asked = table.equals(params.get("table"));
        return visitorColumns(table).page(visitorRows(all, table), asked ? params.get("sort") : null,
                asked ? params.get("order") : null, asked ? params.get("page") : null, "/voice/independent-visitors",
                Map.of("table", table));
    }

    private static Comparator<Visitors.Need> byChild() {
        return Comparator.comparing((Visitors.Need n) -> lower(n.name())).thenComparing(Visitors.Need::childId);
    }

    /** Latest opened first; or by title, by who was asked, or by responses (most first). */
    static final Sorting<Consultations.Consultation> CONSULTATION_COLUMNS = Sorting
            .byDescending("opened", Comparator.comparing(Consultations.Consultation::openedOn))
            .and("title", Comparator.comparing((Consultations.Consultation c) -> lower(c.title())))
            .and("asked", Comparator.comparing((Consultations.Consultation c) -> lower(c.asked())))
            .andDescending("responses", Comparator.comparingInt(Consultations.Consultation::responses));

    static ListPage<Consultations.Consultation> consultationPage(List<Consultations.Consultation> rows,
            Map<String, String> params) {
        return CONSULTATION_COLUMNS.page(rows, params.get("sort"), params.get("order"), params.get("page"),
                "/voice/consultations", Map.of());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.UK);
    }
}
