package org.ourpromise.benchmarks;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ourpromise.casefile.StaleEdit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The population aged 0 to 17 of each collection year (table {@code population_estimate}), with its version. */
@Repository
class PopulationStore {

    /** One year's estimate, as stored. */
    record Stored(int year, int population, String source, String setBy, LocalDateTime setAt, int version) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PopulationStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Stored> all() {
        return jdbc.query("select * from population_estimate order by population_year desc", (rs, n) -> new Stored(
                rs.getInt("population_year"), rs.getInt("population"), rs.getString("source"), rs.getString("set_by"),
                rs.getTimestamp("set_at").toLocalDateTime(), rs.getInt("version")));
    }

    @Transactional(readOnly = true)
    Optional<Stored> find(int year) {
        return all().stream().filter(s -> s.year() == year).findFirst();
    }

    /**
     * Sets a year's estimate if it is still as the page saw it ({@code version}, or {@link StaleEdit#NONE} when none
     * was set); false, and nothing written, when someone else set it since.
     */
    @Transactional
    boolean set(int year, int population, String source, String setBy, int version) {
        var now = LocalDateTime.now(clock);
        int written = version == StaleEdit.NONE
                ? jdbc.update("insert into population_estimate (population_year, population, source, set_by, set_at) "
                        + "values (?,?,?,?,?) on conflict do nothing", year, population, source, setBy, now)
                : jdbc.update("update population_estimate set population = ?, source = ?, set_by = ?, set_at = ?, "
                        + "version = version + 1 where population_year = ? and version = ?", population, source, setBy,
                        now, year, version);
        if (written == 1) {
            Revision.raise(jdbc); // the rates are built again with it
        }
        return written == 1;
    }
}
