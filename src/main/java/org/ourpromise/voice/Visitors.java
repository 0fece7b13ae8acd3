package org.ourpromise.voice;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Independent visitors: the council's volunteers, and for each child whether one was considered and offered and,
 * once matched, who and from when. A child offered one, who has not declined and has nobody yet, is waiting.
 */
@Repository
public class Visitors {

    public record Need(long id, String childId, String name, LocalDate consideredOn, @Nullable LocalDate offeredOn,
            boolean declined, @Nullable String visitor, @Nullable LocalDate appointedOn, int version) {

        boolean waiting() {
            return offeredOn != null && !declined && visitor == null;
        }
    }

    private static final String SELECT = "select n.id, n.child_id, c.given_name, c.family_name, n.considered_on, "
            + "n.offered_on, n.declined, v.name, n.appointed_on, n.version from voice_visitor_need n "
            + "join child c on c.child_id = n.child_id left join voice_visitor v on v.id = n.visitor_id";

    private final JdbcTemplate jdbc;

    Visitors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Need> all() {
        return jdbc.query(SELECT + " order by n.offered_on, n.considered_on, n.id", (rs, n) -> row(rs));
    }

    Optional<Need> find(long id) {
        return jdbc.query(SELECT + " where n.id = ?", (rs, n) -> row(rs), id).stream().findFirst();
    }

    boolean known(String childId) {
        Integer n = jdbc.queryForObject("select count(*) from voice_visitor_need where child_id = ?", Integer.class,
                childId);
        return n != null && n > 0;
    }

    /** The active volunteers by name, id to name. */
    java.util.Map<String, String> volunteers() {
        var out = new java.util.LinkedHashMap<String, String>();
        jdbc.query("select id, name from voice_visitor where active order by name", rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    public long addVolunteer(String name) {
        jdbc.update("insert into voice_visitor (name) values (?)", name);
        Long id = jdbc.queryForObject("select max(id) from voice_visitor", Long.class);
        return id == null ? 0 : id;
    }

    public void consider(String childId, LocalDate consideredOn, @Nullable LocalDate offeredOn, boolean declined,
            @Nullable Long visitorId, @Nullable LocalDate appointedOn) {
        jdbc.update("insert into voice_visitor_need (child_id, considered_on, offered_on, declined, visitor_id, "
                + "appointed_on) values (?,?,?,?,?,?)", childId, Date.valueOf(consideredOn),
                offeredOn == null ? null : Date.valueOf(offeredOn), declined, visitorId,
                appointedOn == null ? null : Date.valueOf(appointedOn));
    }

    /** Appoints a visitor if nobody saved since {@code version}; false when someone did. */
    boolean appoint(long id, long visitorId, LocalDate on, int version) {
        return jdbc.update("update voice_visitor_need set visitor_id = ?, appointed_on = ?, version = version + 1 "
                + "where id = ? and version = ?", visitorId, Date.valueOf(on), id, version) == 1;
    }

    private static Need row(java.sql.ResultSet rs) throws java.sql.SQLException {
        var offered = rs.getDate(6);
        var appointed = rs.getDate(9);
        return new Need(rs.getLong(1), rs.getString(2), rs.getString(3) + " " + rs.getString(4),
                rs.getDate(5).toLocalDate(), offered == null ? null : offered.toLocalDate(), rs.getBoolean(7),
                rs.getString(8), appointed == null ? null : appointed.toLocalDate(), rs.getInt(10));
    }
}
