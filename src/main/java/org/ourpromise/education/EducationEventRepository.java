package org.ourpromise.education;

import static org.ourpromise.children.ChildRows.date;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRows;
import org.ourpromise.record.EducationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** School placements and PEP meetings. A null child id reads everyone's. */
@Repository
class EducationEventRepository {

    private final JdbcTemplate jdbc;

    EducationEventRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, List<EducationEvent>> events(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "education_event", "event_date, education_event_id", childId, (rs, n) ->
                new EducationEvent(EducationEvent.Kind.valueOf(rs.getString("kind")), date(rs, "event_date"),
                        rs.getString("detail")));
    }

    void insert(String childId, List<EducationEvent> events) {
        insertAll(Map.of(childId, events));
    }

    /** Adds rows for many children in one batch per table (imports and demo data). */
    void insertAll(Map<String, List<EducationEvent>> byChild) {
        jdbc.batchUpdate("insert into education_event (child_id, kind, event_date, detail) values (?,?,?,?)",
                ChildRows.batch(byChild, (id, e) -> new Object[] {id, e.kind().name(), e.date(), e.detail()}));
    }
}
