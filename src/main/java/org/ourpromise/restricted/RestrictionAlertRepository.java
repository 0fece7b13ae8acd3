package org.ourpromise.restricted;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The alerts to a restricted record's managers that someone opened it with a reason. */
@Repository
class RestrictionAlertRepository {

    /** An alert not yet seen: who opened which record, when and why. */
    record Alert(long id, String childId, String openedBy, String reason, LocalDateTime at) {
    }

    private final JdbcTemplate jdbc;

    RestrictionAlertRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(long accessId, String manager) {
        jdbc.update("insert into restricted_alert (access_id, manager) values (?, ?)", accessId, manager);
    }

    List<Alert> unseen(String manager) {
        return jdbc.query("select l.alert_id, a.child_id, a.username, a.reason, a.granted_at from restricted_alert l"
                + " join restricted_access a on a.access_id = l.access_id where l.manager = ? and l.seen_at is null"
                + " order by a.granted_at, l.alert_id", (rs, n) -> new Alert(rs.getLong("alert_id"),
                        rs.getString("child_id"), rs.getString("username"), rs.getString("reason"),
                        rs.getTimestamp("granted_at").toLocalDateTime()), manager);
    }

    /** The manager has seen the record's openings (on its restriction page). */
    void seen(String manager, String childId, LocalDateTime at) {
        jdbc.update("update restricted_alert set seen_at = ? where manager = ? and seen_at is null and access_id in"
                + " (select access_id from restricted_access where child_id = ?)", at, manager, childId);
    }
}
