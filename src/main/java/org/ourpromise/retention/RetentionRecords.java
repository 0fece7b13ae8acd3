package org.ourpromise.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.timescales.RetentionRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The facts retention needs about each record not yet anonymised (date of birth, date of death, the adoption order:
 * the end of an episode ending E11 or E12, the legal holds on, and a request for records not yet answered, which
 * holds the record as a legal hold does), and the holds and dates of death themselves.
 */
@Repository
class RetentionRecords {

    /** Adopted: the episode ended with an adoption order (E11 unopposed, E12 consent dispensed with). */
    static final List<String> ADOPTION_REASONS = List.of("E11", "E12");

    /** One record, its facts and what the rule says of it; {@code hold} is the reason of a hold that is on. */
    record Kept(String childId, RetentionRule.Facts facts, RetentionRule.Retention retention, @Nullable String hold) {
    }

    private final JdbcTemplate jdbc;

    RetentionRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every record not yet anonymised, with its retention, in child ID order. */
    List<Kept> all() {
        var orders = new HashMap<String, LocalDate>();
        jdbc.query("select child_id, min(ceased) as ordered from care_episode where reason_ceased in ('E11', 'E12')"
                + " and ceased is not null group by child_id",
                rs -> {
                    orders.put(rs.getString("child_id"), rs.getDate("ordered").toLocalDate());
                });
        Map<String, String> holds = new HashMap<>();
        jdbc.query("select child_id, reason from legal_hold where released_on is null order by hold_id",
                rs -> {
                    holds.merge(rs.getString("child_id"), rs.getString("reason"), (a, b) -> a + "; " + b);
                });
        // a request for records not yet answered holds the record: what was asked for must not go before it is sent
        jdbc.query("select child_id, received from records_request where sent is null order by request_id", rs -> {
            holds.merge(rs.getString("child_id"), "request for records received " + rs.getDate("received").toLocalDate()
                    + " not yet answered", (a, b) -> a + "; " + b);
        });
        var kept = new ArrayList<Kept>();
        jdbc.query("select child_id, date_of_birth, date_of_death from child where anonymised_on is null"
                + " order by child_id", rs -> {
                    String id = rs.getString("child_id");
                    var died = rs.getDate("date_of_death");
                    var facts = new RetentionRule.Facts(rs.getDate("date_of_birth").toLocalDate(),
                            died == null ? null : died.toLocalDate(), orders.get(id), holds.containsKey(id));
                    kept.add(new Kept(id, facts, RetentionRule.of(facts), holds.get(id)));
                });
        return kept;
    }

    boolean exists(String childId) {
        return !jdbc.queryForList("select child_id from child where child_id = ?", String.class, childId).isEmpty();
    }

    void placeHold(String childId, String reason, String by, LocalDate on) {
        jdbc.update("insert into legal_hold (child_id, reason, placed_by, placed_on) values (?, ?, ?, ?)", childId,
                reason, by, on);
    }

    /** Releases every hold on the record; how many there were. */
    int releaseHolds(String childId, String by, LocalDate on) {
        return jdbc.update("update legal_hold set released_by = ?, released_on = ? where child_id = ?"
                + " and released_on is null", by, on, childId);
    }

    void recordDeath(String childId, LocalDate died) {
        jdbc.update("update child set date_of_death = ?, version = version + 1 where child_id = ?", died, childId);
    }
}
