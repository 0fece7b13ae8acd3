package org.ourpromise.access;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restricted records: a child's record kept to named people. Anyone else in scope must give a reason to open
 * it ("break the glass"), which opens it to them for a while ({@code promise.restricted.access-minutes}).
 * {@link ChildAccess} asks here, so every page about one child honours a restriction without knowing of it.
 */
@Service
public class RecordRestrictions {

    /** A record's restriction as stored; {@code version} guards against saving from a stale page. */
    public record Restriction(String childId, boolean active, String reason, String restrictedBy,
            LocalDateTime restrictedAt, int version, List<String> named) {
    }

    /** One opening of a restricted record with a reason. */
    public record Opening(long id, String childId, String username, String reason, LocalDateTime at,
            LocalDateTime until) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration openFor;

    RecordRestrictions(JdbcTemplate jdbc, Clock clock,
            @Value("${promise.restricted.access-minutes:60}") long minutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.openFor = Duration.ofMinutes(Math.max(1, minutes));
    }

    public Duration openFor() {
        return openFor;
    }

    /** The record's restriction, active or lifted; empty when it was never restricted. */
    @Transactional(readOnly = true)
    public Optional<Restriction> restriction(String childId) {
        var named = jdbc.queryForList("select username from restricted_person where child_id = ? order by username",
                String.class, childId);
        return jdbc.query("select * from restricted_record where child_id = ?", (rs, n) -> new Restriction(
                rs.getString("child_id"), rs.getBoolean("active"), rs.getString("reason"), rs.getString("restricted_by"),
                rs.getTimestamp("restricted_at").toLocalDateTime(), rs.getInt("version"), named), childId)
                .stream().findFirst();
    }

    public boolean isRestricted(String childId) {
        return !jdbc.queryForList("select child_id from restricted_record where child_id = ? and active",
                String.class, childId).isEmpty();
    }

    /** Whether the restriction (if any) lets the user open the record: named, or opened with a reason lately. */
    public boolean allows(PromiseUser user, String childId) {
        return !hiddenFrom(user, childId).contains(childId);
    }

    /** The restricted records the user is neither named on nor has opened with a reason lately. */
    public Set<String> hiddenFrom(PromiseUser user) {
        return hiddenFrom(user, null);
    }

    private Set<String> hiddenFrom(PromiseUser user, @Nullable String childId) {
        var sql = "select r.child_id from restricted_record r where r.active"
                + (childId == null ? "" : " and r.child_id = ?")
                + " and not exists (select 1 from restricted_person p where p.child_id = r.child_id and p.username = ?)"
                + " and not exists (select 1 from restricted_access a where a.child_id = r.child_id"
                + " and a.username = ? and a.expires_at > ?)";
        var now = LocalDateTime.now(clock);
        var args = childId == null ? new Object[] {user.username(), user.username(), now}
                : new Object[] {childId, user.username(), user.username(), now};
        return new HashSet<>(jdbc.queryForList(sql, String.class, args));
    }

    /**
     * Restricts the record to the named users (or changes who is named), if it is still at {@code version}
     * (0 for a record never restricted); false when someone changed it since, and nothing is written.
     */
    @Transactional
    public boolean restrict(String childId, Set<String> named, String reason, String by, int version) {
        var now = LocalDateTime.now(clock);
        int n;
        if (version == 0 && restriction(childId).isEmpty()) {
            try {
                n = jdbc.update("insert into restricted_record (child_id, active, reason, restricted_by, restricted_at,"
                        + " version) values (?, true, ?, ?, ?, 1)", childId, reason, by, now);
            } catch (DuplicateKeyException someoneElse) {
                return false;
            }
        } else {
            n = jdbc.update("update restricted_record set active = true, reason = ?, restricted_by = ?, restricted_at = ?,"
                    + " version = version + 1 where child_id = ? and version = ?", reason, by, now, childId, version);
        }
        if (n != 1) {
            return false;
        }
        jdbc.update("delete from restricted_person where child_id = ?", childId);
        jdbc.batchUpdate("insert into restricted_person (child_id, username) values (?, ?)",
                named.stream().sorted().map(u -> new Object[] {childId, u}).toList());
        return true;
    }

    /** Lifts the restriction, if it is still at {@code version}; false when someone changed it since. */
    @Transactional
    public boolean lift(String childId, int version) {
        return jdbc.update("update restricted_record set active = false, version = version + 1 where child_id = ?"
                + " and version = ? and active", childId, version) == 1;
    }

    /** Opens the record to the user for {@link #openFor()}, for the reason given; the opening's id. */
    @Transactional
    public Opening open(PromiseUser user, String childId, String reason) {
        var now = LocalDateTime.now(clock);
        var until = now.plus(openFor);
        jdbc.update("insert into restricted_access (child_id, username, reason, granted_at, expires_at) values (?,?,?,?,?)",
                childId, user.username(), reason, now, until);
        Long id = jdbc.queryForObject("select max(access_id) from restricted_access where child_id = ? and username = ?",
                Long.class, childId, user.username());
        return new Opening(id == null ? 0 : id, childId, user.username(), reason, now, until);
    }

    /** The record's openings with a reason, newest first. */
    @Transactional(readOnly = true)
    public List<Opening> openings(String childId) {
        return jdbc.query("select * from restricted_access where child_id = ? order by granted_at desc, access_id desc",
                (rs, n) -> new Opening(rs.getLong("access_id"), rs.getString("child_id"), rs.getString("username"),
                        rs.getString("reason"), rs.getTimestamp("granted_at").toLocalDateTime(),
                        rs.getTimestamp("expires_at").toLocalDateTime()), childId);
    }
}
