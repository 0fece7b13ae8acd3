package org.ourpromise.missing;

import static org.ourpromise.children.ChildRows.date;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.StoredEvent;
import org.ourpromise.children.ChildRows;
import org.ourpromise.record.MissingEpisode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Missing and away episodes with their return interviews. A null child id reads everyone's. */
@Repository
class MissingEpisodeRepository {

    private final JdbcTemplate jdbc;

    MissingEpisodeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, List<MissingEpisode>> episodes(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "missing_episode", "started, missing_id", childId, (rs, n) ->
                new MissingEpisode(rs.getString("missing_type"), date(rs, "started"), date(rs, "ended"),
                        date(rs, "interview_offered"), date(rs, "interview_held"), rs.getBoolean("interview_declined")));
    }

    /**
     * Records the return from an episode already recorded, and its return interview: {@code changed} replaces the
     * episode that started on the same day. Returns how many episodes were changed.
     */
    int update(String childId, MissingEpisode changed) {
        return jdbc.update("update missing_episode set ended = ?, interview_offered = ?, interview_held = ?, "
                + "interview_declined = ?, version = version + 1 where child_id = ? and started = ? and missing_type = ?", changed.ended(),
                changed.interviewOffered(), changed.interviewHeld(), changed.interviewDeclined(), childId,
                changed.started(), changed.type());
    }

    /** The child's episodes as stored, with their row ids and versions, to correct one. */
    List<StoredEvent> stored(String childId) {
        return jdbc.query("select * from missing_episode where child_id = ? order by started, missing_id", (rs, n) ->
                new StoredEvent(rs.getLong("missing_id"), rs.getString("missing_type"), date(rs, "started"),
                        date(rs, "ended"), null, MissingCorrections.words(rs.getString("missing_type"),
                        date(rs, "started"), date(rs, "ended")), rs.getInt("version")), childId);
    }

    /** Corrects an episode's dates at the version read; false (nothing changed) when it was changed or withdrawn since. */
    boolean correct(String childId, long id, int version, java.time.LocalDate started,
            java.time.@Nullable LocalDate ended) {
        return jdbc.update("update missing_episode set started = ?, ended = ?, version = version + 1"
                + " where missing_id = ? and child_id = ? and version = ?", started, ended, id, childId, version) == 1;
    }

    /** Withdraws an episode at the version read; false (nothing changed) when it was changed or withdrawn since. */
    boolean withdraw(String childId, long id, int version) {
        return jdbc.update("delete from missing_episode where missing_id = ? and child_id = ? and version = ?", id,
                childId, version) == 1;
    }

    void insert(String childId, List<MissingEpisode> episodes) {
        insertAll(Map.of(childId, episodes));
    }

    /** Adds rows for many children in one batch per table (imports and demo data). */
    void insertAll(Map<String, List<MissingEpisode>> byChild) {
        jdbc.batchUpdate("insert into missing_episode (child_id, missing_type, started, ended, interview_offered,"
                + " interview_held, interview_declined) values (?,?,?,?,?,?,?)",
                ChildRows.batch(byChild, (id, m) -> new Object[] {id, m.type(), m.started(), m.ended(),
                m.interviewOffered(), m.interviewHeld(), m.interviewDeclined()}));
    }
}
