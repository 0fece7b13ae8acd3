package org.ourpromise.voice;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The participation groups, their members (each joined by consent) and their sessions. */
@Repository
public class Groups {

    /** A group: the Children in Care Council, SYPAC, the care leavers' forum or another. */
    public record Group(long id, String name, Kind kind, String meets, int members, @Nullable LocalDate lastMet) {
    }

    /** A young person in a group: the day they consented to join, and who took their consent. */
    public record Member(long id, String childId, String name, String familyName, LocalDate consentOn,
            String consentTakenBy, @Nullable LocalDate leftOn) {
    }

    public record Session(long id, LocalDate heldOn, int attended, String discussed, String recordedBy) {
    }

    public enum Kind {
        CHILDREN_IN_CARE_COUNCIL("Children in Care Council"), SYPAC("Young people's advisory group (SYPAC)"),
        CARE_LEAVERS_FORUM("Care leavers' forum"), OTHER("Other group");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private final JdbcTemplate jdbc;

    Groups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Group> all() {
        return jdbc.query("select g.id, g.name, g.kind, g.meets, (select count(*) from voice_member m where "
                + "m.group_id = g.id and m.left_on is null), (select max(held_on) from voice_session s where "
                + "s.group_id = g.id) from voice_group g order by g.name", (rs, n) -> {
                    var last = rs.getDate(6);
                    return new Group(rs.getLong(1), rs.getString(2), Kind.valueOf(rs.getString(3)), rs.getString(4),
                            rs.getInt(5), last == null ? null : last.toLocalDate());
                });
    }

    Optional<Group> find(long id) {
        return all().stream().filter(g -> g.id() == id).findFirst();
    }

    List<Member> members(long groupId) {
        return jdbc.query("select m.id, m.child_id, c.given_name, c.family_name, m.consent_on, m.consent_taken_by, "
                + "m.left_on from voice_member m join child c on c.child_id = m.child_id where m.group_id = ? "
                + "order by c.family_name, c.given_name", (rs, n) -> {
                    var left = rs.getDate(7);
                    return new Member(rs.getLong(1), rs.getString(2), rs.getString(3) + " " + rs.getString(4),
                            rs.getString(4), rs.getDate(5).toLocalDate(), rs.getString(6), left == null ? null : left.toLocalDate());
                }, groupId);
    }

    List<Session> sessions(long groupId) {
        return jdbc.query("select id, held_on, attended, discussed, recorded_by from voice_session where group_id = ? "
                + "order by held_on desc, id desc", (rs, n) -> new Session(rs.getLong(1), rs.getDate(2).toLocalDate(),
                        rs.getInt(3), rs.getString(4), rs.getString(5)), groupId);
    }

    /** Adds a group (demo data and set-up); gives its id. */
    public long addGroup(String name, Kind kind, String meets) {
        jdbc.update("insert into voice_group (name, kind, meets) values (?,?,?)", name, kind.name(), meets);
        Long id = jdbc.queryForObject("select id from voice_group where name = ?", Long.class, name);
        return id == null ? 0 : id;
    }

    /** Adds a member by consent; false when they are already a member of the group. */
    public boolean addMember(long groupId, String childId, LocalDate consentOn, String consentTakenBy) {
        Integer already = jdbc.queryForObject("select count(*) from voice_member where group_id = ? and child_id = ?",
                Integer.class, groupId, childId);
        if (already != null && already > 0) {
            return false;
        }
        jdbc.update("insert into voice_member (group_id, child_id, consent_on, consent_taken_by) values (?,?,?,?)",
                groupId, childId, Date.valueOf(consentOn), consentTakenBy);
        return true;
    }

    public void addSession(long groupId, LocalDate heldOn, int attended, String discussed, String recordedBy) {
        jdbc.update("insert into voice_session (group_id, held_on, attended, discussed, recorded_by) values (?,?,?,?,?)",
                groupId, Date.valueOf(heldOn), attended, discussed, recordedBy);
    }
}
