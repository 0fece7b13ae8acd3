package org.ourpromise.voice;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Nominations for the council's awards and celebrations: who, for what, by whom, and the event they were at. */
@Repository
public class Awards {

    public record Award(long id, String childId, String givenName, String familyName, String forWhat, String nominatedBy,
            LocalDate nominatedOn, @Nullable String eventName, @Nullable LocalDate eventOn, boolean attended,
            int version) {

        public String name() {
            return givenName + " " + familyName;
        }
    }

    private static final String SELECT = "select a.id, a.child_id, c.given_name, c.family_name, a.for_what, "
            + "a.nominated_by, a.nominated_on, a.event_name, a.event_on, a.attended, a.version from voice_award a "
            + "join child c on c.child_id = a.child_id";

    private final JdbcTemplate jdbc;

    Awards(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Award> all() {
        return jdbc.query(SELECT + " order by a.nominated_on desc, a.id desc", (rs, n) -> row(rs));
    }

    Optional<Award> find(long id) {
        return jdbc.query(SELECT + " where a.id = ?", (rs, n) -> row(rs), id).stream().findFirst();
    }

    public void add(String childId, String forWhat, String nominatedBy, LocalDate nominatedOn,
            @Nullable String eventName, @Nullable LocalDate eventOn, boolean attended) {
        jdbc.update("insert into voice_award (child_id, for_what, nominated_by, nominated_on, event_name, event_on, "
                + "attended) values (?,?,?,?,?,?,?)", childId, forWhat, nominatedBy, Date.valueOf(nominatedOn),
                eventName, eventOn == null ? null : Date.valueOf(eventOn), attended);
    }

    /** Records whether they came to the event, if nobody saved since {@code version}; false when someone did. */
    boolean attended(long id, boolean attended, int version) {
        return jdbc.update("update voice_award set attended = ?, version = version + 1 where id = ? and version = ?",
                attended, id, version) == 1;
    }

    private static Award row(java.sql.ResultSet rs) throws java.sql.SQLException {
        var eventOn = rs.getDate(9);
        return new Award(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getDate(7).toLocalDate(), rs.getString(8),
                eventOn == null ? null : eventOn.toLocalDate(), rs.getBoolean(10), rs.getInt(11));
    }
}
