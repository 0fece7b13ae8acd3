package org.ourpromise.benchmarks;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.reports.Target;
import org.ourpromise.reports.Targets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The council's targets (table {@code benchmark_target}), one per measure and year, each with its amber tolerance. */
@Repository
class TargetStore {

    private static final String SELECT = "select measure_key, target_year, target, direction, amber_tolerance, set_by, "
            + "set_at, version from benchmark_target";

    /** What a save from the page did: saved (with the target it replaced, if any), or refused as stale. */
    record Saved(boolean saved, @Nullable StoredTarget before, @Nullable StoredTarget now) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    TargetStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<StoredTarget> all() {
        return jdbc.query(SELECT + " order by target_year, measure_key", TargetStore::row);
    }

    @Transactional(readOnly = true)
    List<StoredTarget> forYear(int year) {
        return jdbc.query(SELECT + " where target_year = ? order by measure_key", TargetStore::row, year);
    }

    @Transactional(readOnly = true)
    Optional<StoredTarget> find(String measureKey, int year) {
        return jdbc.query(SELECT + " where measure_key = ? and target_year = ?", TargetStore::row, measureKey, year)
                .stream().findFirst();
    }

    /** What importing {@code targets} would do; nothing is written. A target without a tolerance has none (0). */
    @Transactional(readOnly = true)
    ImportPlan<Target> plan(Targets targets, boolean replace) {
        var incoming = targets.all().stream().map(t -> withTolerance(t, targets.toleranceOf(t))).toList();
        return ImportPlan.of(all().stream().map(StoredTarget::target).toList(), incoming,
                t -> t.measureKey() + "|" + t.year(), TargetStore::same, replace);
    }

    @Transactional
    void write(ImportPlan<Target> plan, String setBy) {
        if (plan.refusedAny()) {
            throw new IllegalStateException("an import with refused rows is not written");
        }
        plan.added().forEach(t -> insert(t, setBy));
        // a replaced target moves to a new version, so a page opened before the import cannot overwrite it unseen
        plan.replaced().forEach(c -> jdbc.update("update benchmark_target set target = ?, direction = ?, "
                + "amber_tolerance = ?, set_by = ?, set_at = ?, version = version + 1 where measure_key = ? and "
                + "target_year = ?", c.incoming().target(), c.incoming().direction().word(),
                c.incoming().tolerance() == null ? BigDecimal.ZERO : c.incoming().tolerance(), setBy,
                LocalDateTime.now(clock), c.incoming().measureKey(), c.incoming().year()));
        if (!plan.added().isEmpty() || !plan.replaced().isEmpty()) {
            Revision.raise(jdbc);
        }
    }

    /**
     * Sets one target if it is still as the page saw it: {@code version} is the stored target's version, or
     * {@link StaleEdit#NONE} when none was set. Otherwise nothing is written and the target saved now is given.
     * Concurrent saves of the same target never fail: the first wins, the others are refused as stale.
     */
    @Transactional
    Saved set(Target target, String setBy, int version) {
        var before = find(target.measureKey(), target.year());
        var tolerance = target.tolerance() == null ? BigDecimal.ZERO : target.tolerance();
        var now = LocalDateTime.now(clock);
        int written = version == StaleEdit.NONE
                ? jdbc.update("insert into benchmark_target (measure_key, target_year, target, direction, amber_tolerance, "
                        + "set_by, set_at) values (?,?,?,?,?,?,?) on conflict do nothing", target.measureKey(),
                        target.year(), target.target(), target.direction().word(), tolerance, setBy, now)
                : jdbc.update("update benchmark_target set target = ?, direction = ?, amber_tolerance = ?, set_by = ?, "
                        + "set_at = ?, version = version + 1 where measure_key = ? and target_year = ? and version = ?",
                        target.target(), target.direction().word(), tolerance, setBy, now, target.measureKey(),
                        target.year(), version);
        if (written == 0) {
            return new Saved(false, null, find(target.measureKey(), target.year()).orElse(null));
        }
        Revision.raise(jdbc);
        return new Saved(true, before.orElse(null), null);
    }

    /** Removes one target if it is still at {@code version}; the target removed, if there was one at that version. */
    @Transactional
    Optional<StoredTarget> remove(String measureKey, int year, int version) {
        var before = find(measureKey, year);
        if (before.isPresent() && jdbc.update("delete from benchmark_target where measure_key = ? and target_year = ? "
                + "and version = ?", measureKey, year, version) == 1) {
            Revision.raise(jdbc);
            return before;
        }
        return Optional.empty();
    }

    private void insert(Target t, String setBy) {
        jdbc.update("insert into benchmark_target (measure_key, target_year, target, direction, amber_tolerance, set_by, "
                + "set_at) values (?,?,?,?,?,?,?)", t.measureKey(), t.year(), t.target(), t.direction().word(),
                t.tolerance() == null ? BigDecimal.ZERO : t.tolerance(), setBy, LocalDateTime.now(clock));
    }

    static Target withTolerance(Target t, BigDecimal tolerance) {
        return new Target(t.measureKey(), t.year(), t.target(), t.direction(), tolerance);
    }

    /** Same figure, direction and tolerance (numbers compared by value: 70 and 70.0 are the same target). */
    static boolean same(Target a, Target b) {
        return a.target().compareTo(b.target()) == 0 && a.direction() == b.direction()
                && tolerance(a).compareTo(tolerance(b)) == 0;
    }

    private static BigDecimal tolerance(Target t) {
        return t.tolerance() == null ? BigDecimal.ZERO : t.tolerance();
    }

    private static StoredTarget row(ResultSet rs, int n) throws SQLException {
        String word = rs.getString("direction");
        var direction = Targets.direction(word).orElseThrow(() -> new IllegalStateException("direction " + word));
        return new StoredTarget(new Target(rs.getString("measure_key"), rs.getInt("target_year"),
                Revision.plain(rs.getBigDecimal("target")), direction, Revision.plain(rs.getBigDecimal("amber_tolerance"))),
                rs.getString("set_by"), rs.getTimestamp("set_at").toLocalDateTime(), rs.getInt("version"));
    }
}
