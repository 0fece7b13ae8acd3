package org.ourpromise.education;

import static org.ourpromise.children.ChildRows.date;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Each child's suspensions and permanent exclusions. A change names the version it was made from: one made from
 * an older version than the one stored is refused (false), never written over a colleague's.
 */
@Repository
public class Exclusions {

    private final JdbcTemplate jdbc;

    Exclusions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Exclusions by child, oldest first; one child's when {@code childId} is given. */
    public Map<String, List<Exclusion>> byChild(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "exclusion", "started, exclusion_id", childId, (rs, n) ->
                new Exclusion(rs.getLong("exclusion_id"), rs.getString("child_id"),
                        Exclusion.Kind.valueOf(rs.getString("kind")), date(rs, "started"), date(rs, "ended"),
                        rs.getBigDecimal("school_days"), Exclusion.Reason.ofCode(rs.getString("reason")),
                        rs.getString("urn"), rs.getInt("version")));
    }

    public Optional<Exclusion> find(String childId, long id) {
        return byChild(childId).getOrDefault(childId, List.of()).stream().filter(e -> e.id() == id).findFirst();
    }

    public void add(Exclusion e, String username) {
        jdbc.update("insert into exclusion (child_id, kind, started, ended, school_days, reason, urn, recorded_by)"
                + " values (?,?,?,?,?,?,?,?)", e.childId(), e.kind().name(), e.started(), e.ended(), e.days(),
                e.reason().code(), e.urn(), username);
    }

    /** Many at once (demo data). */
    public void addAll(List<Exclusion> all, String username) {
        jdbc.batchUpdate("insert into exclusion (child_id, kind, started, ended, school_days, reason, urn, recorded_by)"
                + " values (?,?,?,?,?,?,?,?)", all.stream().map(e -> new Object[] {e.childId(), e.kind().name(),
                e.started(), e.ended(), e.days(), e.reason().code(), e.urn(), username}).toList());
    }

    /** Saves a change made from {@code e.version()}; false (nothing saved) if it is stale. */
    public boolean update(Exclusion e, String username) {
        return jdbc.update("update exclusion set kind = ?, started = ?, ended = ?, school_days = ?, reason = ?, urn = ?,"
                + " recorded_by = ?, version = version + 1 where exclusion_id = ? and child_id = ? and version = ?",
                e.kind().name(), e.started(), e.ended(), e.days(), e.reason().code(), e.urn(), username, e.id(),
                e.childId(), e.version()) == 1;
    }
}
