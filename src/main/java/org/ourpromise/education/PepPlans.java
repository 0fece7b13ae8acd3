package org.ourpromise.education;

import static org.ourpromise.children.ChildRows.date;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.EducationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Each PEP meeting with what its plan says and its quality rating. A save names the version it was made from: one
 * made from an older version than the one stored is refused (false), never written over a colleague's.
 */
@Repository
public class PepPlans {

    private static final String SELECT = "select e.education_event_id, e.child_id, e.event_date, c.targets,"
            + " c.child_views, c.designated_teacher, c.ppp_amount, c.ppp_purpose, c.version content_version,"
            + " q.rating, q.remedial_action, q.remedial_by, q.rated_on, q.rated_by, q.version quality_version"
            + " from education_event e left join pep_content c on c.education_event_id = e.education_event_id"
            + " left join pep_quality q on q.education_event_id = e.education_event_id where e.kind = ?";

    private final JdbcTemplate jdbc;

    PepPlans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** PEPs by child, oldest first; one child's when {@code childId} is given. */
    public Map<String, List<Pep>> byChild(@Nullable String childId) {
        var out = new LinkedHashMap<String, List<Pep>>();
        var kind = EducationEvent.Kind.PEP_MEETING.name();
        String order = " order by e.child_id, e.event_date, e.education_event_id";
        List<Pep> rows = childId == null ? jdbc.query(SELECT + order, PepPlans::pep, kind)
                : jdbc.query(SELECT + " and e.child_id = ?" + order, PepPlans::pep, kind, childId);
        rows.forEach(p -> out.computeIfAbsent(p.childId(), k -> new ArrayList<>()).add(p));
        return out;
    }

    public Optional<Pep> find(String childId, long id) {
        return byChild(childId).getOrDefault(childId, List.of()).stream().filter(p -> p.id() == id).findFirst();
    }

    private static Pep pep(ResultSet rs, int n) throws SQLException {
        var content = rs.getString("targets") == null ? null : new Pep.Content(rs.getString("targets"),
                rs.getString("child_views"), rs.getString("designated_teacher"), rs.getBigDecimal("ppp_amount"),
                rs.getString("ppp_purpose"), rs.getInt("content_version"));
        var quality = rs.getString("rating") == null ? null : new Pep.Quality(Pep.Rating.valueOf(rs.getString("rating")),
                rs.getString("remedial_action"), date(rs, "remedial_by"), date(rs, "rated_on"), rs.getString("rated_by"),
                rs.getInt("quality_version"));
        return new Pep(rs.getLong("education_event_id"), rs.getString("child_id"), date(rs, "event_date"), content,
                quality);
    }

    /** Saves what the plan says, made from {@code c.version()} (0: none stored yet); false if that is stale. */
    public boolean save(String childId, long pepId, Pep.Content c, String username) {
        if (c.version() == 0 && jdbc.queryForObject("select count(*) from pep_content where education_event_id = ?",
                Integer.class, pepId) == 0) {
            return jdbc.update("insert into pep_content (education_event_id, child_id, targets, child_views,"
                    + " designated_teacher, ppp_amount, ppp_purpose, recorded_by, version) values (?,?,?,?,?,?,?,?,1)",
                    pepId, childId, c.targets(), c.childViews(), c.designatedTeacher(), c.pupilPremiumPlus(),
                    c.pupilPremiumPlusFor(), username) == 1;
        }
        return jdbc.update("update pep_content set targets = ?, child_views = ?, designated_teacher = ?, ppp_amount = ?,"
                + " ppp_purpose = ?, recorded_by = ?, version = version + 1 where education_event_id = ? and child_id = ?"
                + " and version = ?", c.targets(), c.childViews(), c.designatedTeacher(), c.pupilPremiumPlus(),
                c.pupilPremiumPlusFor(), username, pepId, childId, c.version()) == 1;
    }

    /** Saves the quality rating, made from {@code q.version()} (0: none stored yet); false if that is stale. */
    public boolean save(String childId, long pepId, Pep.Quality q) {
        if (q.version() == 0 && jdbc.queryForObject("select count(*) from pep_quality where education_event_id = ?",
                Integer.class, pepId) == 0) {
            return jdbc.update("insert into pep_quality (education_event_id, child_id, rating, remedial_action,"
                    + " remedial_by, rated_on, rated_by, version) values (?,?,?,?,?,?,?,1)", pepId, childId,
                    q.rating().name(), q.remedialAction(), q.remedialBy(), q.ratedOn(), q.ratedBy()) == 1;
        }
        return jdbc.update("update pep_quality set rating = ?, remedial_action = ?, remedial_by = ?, rated_on = ?,"
                + " rated_by = ?, version = version + 1 where education_event_id = ? and child_id = ? and version = ?",
                q.rating().name(), q.remedialAction(), q.remedialBy(), q.ratedOn(), q.ratedBy(), pepId, childId,
                q.version()) == 1;
    }
}
