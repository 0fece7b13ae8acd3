package org.ourpromise.education;

import static org.ourpromise.children.ChildRows.date;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.StoredEvent;
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

    /** The child's PEP meetings as stored, with their row ids and versions, to correct one. */
    List<StoredEvent> storedPeps(String childId) {
        return jdbc.query("select * from education_event where child_id = ? and kind = ?"
                + " order by event_date, education_event_id", (rs, n) -> new StoredEvent(rs.getLong("education_event_id"),
                EducationEvent.Kind.PEP_MEETING.name(), date(rs, "event_date"), null, null,
                PepCorrections.words(date(rs, "event_date")), rs.getInt("version")), childId,
                EducationEvent.Kind.PEP_MEETING.name());
    }

    /** Corrects a PEP meeting's date at the version read; false (nothing changed) when changed or withdrawn since. */
    boolean correctPep(String childId, long id, int version, java.time.LocalDate date) {
        return jdbc.update("update education_event set event_date = ?, version = version + 1 where education_event_id = ?"
                + " and child_id = ? and kind = ? and version = ?", date, id, childId,
                EducationEvent.Kind.PEP_MEETING.name(), version) == 1;
    }

    /** Withdraws a PEP meeting at the version read; false (nothing changed) when changed or withdrawn since. */
    boolean withdrawPep(String childId, long id, int version) {
        return jdbc.update("delete from education_event where education_event_id = ? and child_id = ? and kind = ?"
                + " and version = ?", id, childId, EducationEvent.Kind.PEP_MEETING.name(), version) == 1;
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
