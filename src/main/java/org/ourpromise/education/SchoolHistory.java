package org.ourpromise.education;

import static org.ourpromise.children.ChildRows.date;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each child's schools and times not in education. Changes name the version they were made from: a save made
 * from an older version than the one stored is refused (false), never written over a colleague's.
 */
@Repository
public class SchoolHistory {

    private final JdbcTemplate jdbc;

    SchoolHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** School placements by child, oldest first; one child's when {@code childId} is given. */
    public Map<String, List<SchoolPlacement>> placements(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "school_placement", "started, school_placement_id", childId, (rs, n) ->
                new SchoolPlacement(rs.getLong("school_placement_id"), rs.getString("child_id"), rs.getString("urn"),
                        date(rs, "started"), date(rs, "ended"), rs.getString("year_group"),
                        SchoolPlacement.Sen.valueOf(rs.getString("sen")), rs.getBoolean("assessment"),
                        rs.getInt("version")));
    }

    public Map<String, List<NotInEducation>> notInEducation(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "not_in_education", "since, not_in_education_id", childId, (rs, n) ->
                new NotInEducation(rs.getLong("not_in_education_id"), rs.getString("child_id"), date(rs, "since"),
                        date(rs, "until"), NotInEducation.Reason.valueOf(rs.getString("reason")), rs.getInt("version")));
    }

    public Optional<SchoolPlacement> placement(String childId, long id) {
        return placements(childId).getOrDefault(childId, List.of()).stream().filter(p -> p.id() == id).findFirst();
    }

    public Optional<NotInEducation> notInEducation(String childId, long id) {
        return notInEducation(childId).getOrDefault(childId, List.of()).stream().filter(p -> p.id() == id)
                .findFirst();
    }

    @Transactional
    public void add(SchoolPlacement p, String username) {
        jdbc.update("insert into school_placement (child_id, urn, started, ended, year_group, sen, assessment, "
                + "recorded_by) values (?,?,?,?,?,?,?,?)", p.childId(), p.urn(), p.started(), p.ended(), p.yearGroup(),
                p.sen().name(), p.assessmentInProgress(), username);
    }

    /** Saves a change to a placement made from {@code p.version()}; false (nothing saved) if it is stale. */
    public boolean update(SchoolPlacement p, String username) {
        int n = jdbc.update("update school_placement set urn = ?, started = ?, ended = ?, year_group = ?, sen = ?, "
                + "assessment = ?, recorded_by = ?, version = version + 1 where school_placement_id = ? and child_id = ? "
                + "and version = ?", p.urn(), p.started(), p.ended(), p.yearGroup(), p.sen().name(),
                p.assessmentInProgress(), username, p.id(), p.childId(), p.version());
        return n == 1;
    }

    @Transactional
    public void add(NotInEducation n, String username) {
        jdbc.update("insert into not_in_education (child_id, since, until, reason, recorded_by) values (?,?,?,?,?)",
                n.childId(), n.since(), n.until(), n.reason().name(), username);
    }

    public boolean update(NotInEducation n, String username) {
        int rows = jdbc.update("update not_in_education set since = ?, until = ?, reason = ?, recorded_by = ?, "
                + "version = version + 1 where not_in_education_id = ? and child_id = ? and version = ?", n.since(),
                n.until(), n.reason().name(), username, n.id(), n.childId(), n.version());
        return rows == 1;
    }
}
