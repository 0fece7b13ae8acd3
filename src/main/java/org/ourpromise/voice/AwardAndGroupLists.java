package org.ourpromise.voice;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ourpromise.lists.ListPage;
import org.ourpromise.lists.Sorting;

/**
 * The awards and nominations, and a participation group's two tables (its sessions and its members), their columns
 * chosen once for a page and its CSV, which follows the page's order.
 */
final class AwardAndGroupLists {

    private AwardAndGroupLists() {
    }

    /** Latest nominated first (the newest recorded first among a day's); or by young person, what for, or event. */
    static final Sorting<Awards.Award> AWARD_COLUMNS = Sorting
            .byDescending("nominated", Comparator.comparing(Awards.Award::nominatedOn)
                    .thenComparing(Awards.Award::id))
            .and("child", Comparator.comparing((Awards.Award a) -> VoiceLists.lower(a.familyName()))
                    .thenComparing(a -> VoiceLists.lower(a.givenName())).thenComparing(Awards.Award::childId))
            .and("for", Comparator.comparing((Awards.Award a) -> VoiceLists.lower(a.forWhat())))
            .andDescending("event", Comparator.comparing(Awards.Award::eventOn,
                    Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())));

    static ListPage<Awards.Award> awardPage(List<Awards.Award> rows, Map<String, String> params) {
        return AWARD_COLUMNS.page(rows, params.get("sort"), params.get("order"), params.get("page"), "/voice/awards",
                Map.of());
    }

    static final String SESSIONS = "sessions";
    static final String MEMBERS = "members";

    /** A group's sessions: latest first; or by how many came (most first), or by what was discussed. */
    static final Sorting<Groups.Session> SESSION_COLUMNS = Sorting
            .byDescending("date", Comparator.comparing(Groups.Session::heldOn).thenComparing(Groups.Session::id))
            .andDescending("came", Comparator.comparingInt(Groups.Session::attended))
            .and("discussed", Comparator.comparing((Groups.Session s) -> VoiceLists.lower(s.discussed())));

    /**
     * A group's members: by family name, then given name; or by the day they joined (latest first), or by who took
     * their consent.
     */
    static final Sorting<Groups.Member> MEMBER_COLUMNS = Sorting
            .by("child", Comparator.comparing((Groups.Member m) -> VoiceLists.lower(m.familyName()))
                    .thenComparing(m -> VoiceLists.lower(m.name())).thenComparing(Groups.Member::childId))
            .andDescending("joined", Comparator.comparing(Groups.Member::consentOn))
            .and("by", Comparator.comparing((Groups.Member m) -> VoiceLists.lower(m.consentTakenBy())));

    /**
     * One of a group's two tables ({@link #SESSIONS} or {@link #MEMBERS}): the address's sort, order and page if
     * they are for this table ({@code table=}), its own order if not; the table named in every link.
     */
    static <T> ListPage<T> groupPage(Sorting<T> columns, List<T> rows, long groupId, String table,
            Map<String, String> params) {
        boolean asked = table.equals(params.get("table"));
        return columns.page(rows, asked ? params.get("sort") : null, asked ? params.get("order") : null,
                asked ? params.get("page") : null, "/voice/groups/" + groupId, Map.of("table", table));
    }
}
