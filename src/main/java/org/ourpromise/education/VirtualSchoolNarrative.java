package org.ourpromise.education;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The Virtual School Head's narrative for each school year's annual report. */
@Repository
public class VirtualSchoolNarrative {

    public static final int MAX_LENGTH = 20_000;

    /** The narrative as saved, with the version a change must be made from. */
    public record Written(String text, String writtenBy, LocalDateTime writtenAt, int version) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    VirtualSchoolNarrative(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Written> of(SchoolYear year) {
        return jdbc.query("select * from virtual_school_narrative where school_year = ?", (rs, n) -> new Written(
                rs.getString("narrative"), rs.getString("written_by"), rs.getTimestamp("written_at").toLocalDateTime(),
                rs.getInt("version")), year.startYear()).stream().findFirst();
    }

    /**
     * Saves the narrative written from {@code version} (-1 when there was none); false, with nothing saved, when
     * someone saved another since.
     */
    @Transactional
    public boolean save(SchoolYear year, String text, int version, String username) {
        var now = LocalDateTime.now(clock);
        if (version < 0) {
            // two first saves at once: the first is stored, the other is stale (never a duplicate key)
            return jdbc.update("insert into virtual_school_narrative (school_year, narrative, written_by, written_at) "
                    + "values (?,?,?,?) on conflict do nothing", year.startYear(), text, username, now) == 1;
        }
        return jdbc.update("update virtual_school_narrative set narrative = ?, written_by = ?, written_at = ?, "
                + "version = version + 1 where school_year = ? and version = ?", text, username, now, year.startYear(),
                version) == 1;
    }
}
