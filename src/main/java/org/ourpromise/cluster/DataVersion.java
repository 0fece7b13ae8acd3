package org.ourpromise.cluster;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data version (decision 0077): a counter per area of data, raised in the same transaction as every change
 * to it, on whichever server made it. A cache remembers the version it was built at and, before serving,
 * compares it with {@link #current}: a different number means something changed, here or on another server.
 * The counter's row stays locked by the raise until commit, so versions become visible in the order given.
 */
@Service
public class DataVersion {

    /** What a version counts changes of. */
    public enum Area {
        /** Children's records: every {@code RecordChanged}; {@link #changesSince} says which child. */
        RECORDS,
        /** The staff directory: names and teams. */
        STAFF,
        /** Report narratives and other text kept for the reports. */
        REPORTS,
        /** Permanence plans, panel meetings and decisions, orders and the support after them. */
        PERMANENCE
    }

    /**
     * The records changed after a version, up to {@code version}.
     *
     * @param everything true when some change may have touched any child (an import, the demo data)
     */
    public record Changes(long version, boolean everything, Set<String> childIds) {
        public boolean none() {
            return !everything && childIds.isEmpty();
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DataVersion(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The area's version as last committed (one primary-key read). */
    public long current(Area area) {
        Long v = jdbc.queryForObject("select version from data_version where area = ?", Long.class, area.name());
        return v == null ? 0 : v;
    }

    /** Raises the area's version, in the caller's transaction (or a transaction of its own). */
    @Transactional
    public long changed(Area area) {
        jdbc.update("update data_version set version = version + 1 where area = ?", area.name());
        return current(area);
    }

    /** A child's record changed (null: possibly every child's), in the caller's transaction. */
    @Transactional
    public long recordChanged(@Nullable String childId) {
        long version = changed(Area.RECORDS);
        jdbc.update("insert into record_change (version, child_id, changed_at) values (?, ?, ?)", version, childId,
                LocalDateTime.now(clock));
        return version;
    }

    /**
     * What changed in the records after {@code after}. If the changes have been pruned since (a server asleep for
     * days), everything is said to have changed.
     */
    public Changes changesSince(long after) {
        long now = current(Area.RECORDS);
        if (after < 0) {
            return new Changes(now, true, Set.of()); // never looked: everything is new
        }
        if (now == after) {
            return new Changes(now, false, Set.of());
        }
        var ids = new HashSet<String>();
        boolean[] everything = {false};
        int[] rows = {0};
        jdbc.query("select child_id from record_change where version > ? and version <= ?", rs -> {
            rows[0]++;
            var id = rs.getString(1);
            if (id == null) {
                everything[0] = true;
            } else {
                ids.add(id);
            }
        }, after, now);
        boolean missing = rows[0] < now - after;
        return new Changes(now, everything[0] || missing, Set.copyOf(ids));
    }

    /** Forgets which children changed before a time (kept two days: every server has long since caught up). */
    @Transactional
    public int prune(LocalDateTime before) {
        return jdbc.update("delete from record_change where changed_at < ?", before);
    }
}
