package org.ourpromise.health;

import static org.ourpromise.children.ChildRows.date;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.StoredEvent;
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

    /** The child's events as stored, with their row ids and versions, to correct one. */
    List<StoredEvent> stored(String childId) {
        return jdbc.query("select * from health_event where child_id = ? order by event_date, health_event_id",
                (rs, n) -> {
                    var e = new HealthEvent(HealthEvent.Kind.valueOf(rs.getString("kind")), date(rs, "event_date"),
                            rs.getString("event_value"), rs.getBoolean("from_return"));
                    return new StoredEvent(rs.getLong("health_event_id"), e.kind().name(), e.date(), null, e.value(),
                            HealthCorrections.words(e.kind(), e.date(), e.value()), rs.getInt("version"));
                }, childId);
    }

    /** Corrects an event at the version read; false (nothing changed) when it was changed or withdrawn since. */
    boolean correct(String childId, long id, int version, java.time.LocalDate date, @Nullable String value) {
        return jdbc.update("update health_event set event_date = ?, event_value = ?, version = version + 1"
                + " where health_event_id = ? and child_id = ? and version = ?", date, value, id, childId, version) == 1;
    }

    /** Withdraws an event at the version read; false (nothing changed) when it was changed or withdrawn since. */
    boolean withdraw(String childId, long id, int version) {
        return jdbc.update("delete from health_event where health_event_id = ? and child_id = ? and version = ?", id,
                childId, version) == 1;
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
