package org.ourpromise.health;

import static org.ourpromise.children.ChildRows.date;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRows;
import org.ourpromise.record.HealthEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Dated health facts. A null child id reads everyone's. */
@Repository
class HealthEventRepository {

    private final JdbcTemplate jdbc;

    HealthEventRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, List<HealthEvent>> events(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "health_event", "event_date, health_event_id", childId, (rs, n) ->
                new HealthEvent(HealthEvent.Kind.valueOf(rs.getString("kind")), date(rs, "event_date"),
                        rs.getString("event_value"), rs.getBoolean("from_return")));
    }

    void insert(String childId, List<HealthEvent> events) {
        insertAll(Map.of(childId, events));
    }

    /** Adds rows for many children in one batch per table (imports and demo data). */
    void insertAll(Map<String, List<HealthEvent>> byChild) {
        jdbc.batchUpdate("insert into health_event (child_id, kind, event_date, event_value, from_return)"
                + " values (?,?,?,?,?)",
                ChildRows.batch(byChild, (id, e) -> new Object[] {id, e.kind().name(), e.date(), e.value(), e.fromReturn()}));
    }
}
