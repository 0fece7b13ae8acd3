package org.ourpromise.staff;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.cluster.DataVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The staff directory: who the workers named on allocations are. Names are read often (every page that
 * shows a worker), so they are held in memory and read again after any change, made here or on another server
 * (the staff {@link DataVersion}).
 */
@Repository
public class StaffDirectory {

    /** A save refused because someone else changed the member of staff since the form was opened. */
    public static final class StaleEdit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StaleEdit(String workerId) {
            super("Staff member " + workerId + " was changed by someone else");
        }
    }

    private final JdbcTemplate jdbc;
    private final DataVersion versions;
    private volatile @Nullable WorkerNames names;
    private volatile long namesVersion = -1;

    StaffDirectory(JdbcTemplate jdbc, DataVersion versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    /** The worker's name, or their id when the directory does not know them. */
    public String nameOf(String workerId) {
        return names().of(workerId);
    }

    public WorkerNames names() {
        var known = names;
        long version = versions.current(DataVersion.Area.STAFF);
        if (known == null || version != namesVersion) {
            var map = new LinkedHashMap<String, String>();
            jdbc.query("select worker_id, name from staff_member", rs -> {
                map.put(rs.getString("worker_id"), rs.getString("name"));
            });
            known = new WorkerNames(map);
            names = known;
            namesVersion = version;
        }
        return known;
    }

    /** Contracted hours by worker id, as a share of full time (caseloads per FTE). */
    public Map<String, BigDecimal> fteByWorker() {
        var map = new LinkedHashMap<String, BigDecimal>();
        jdbc.query("select worker_id, fte from staff_member", rs -> {
            map.put(rs.getString("worker_id"), rs.getBigDecimal("fte"));
        });
        return map;
    }

    /** Everyone, by team then name. */
    public List<StaffMember> all() {
        return jdbc.query("select * from staff_member order by team, name, worker_id", StaffDirectory::member);
    }

    public Optional<StaffMember> find(String workerId) {
        return jdbc.query("select * from staff_member where worker_id = ?", StaffDirectory::member, workerId)
                .stream().findFirst();
    }

    public long count() {
        Long n = jdbc.queryForObject("select count(*) from staff_member", Long.class);
        return n == null ? 0 : n;
    }

    /** Adds members not yet in the directory (imports and demo data); all in one batch. */
    public void addAll(List<StaffMember> members) {
        jdbc.batchUpdate("insert into staff_member (worker_id, name, role, team, email, agency, fte, date_from,"
                + " date_to, version) values (?,?,?,?,?,?,?,?,?,0)", members.stream().map(m -> new Object[] {
                    m.workerId(), m.name(), m.role().name(), m.team(), m.email(), m.agency(), m.fte(), m.from(),
                    m.to()}).toList());
        versions.changed(DataVersion.Area.STAFF);
        names = null;
    }

    /**
     * Saves a change to a member of staff made from {@code member.version()}; refused with
     * {@link StaleEdit} when the stored row has moved on since.
     */
    public void update(StaffMember member) {
        int n = jdbc.update("update staff_member set name = ?, role = ?, team = ?, email = ?, agency = ?, fte = ?,"
                + " date_from = ?, date_to = ?, version = version + 1 where worker_id = ? and version = ?",
                member.name(), member.role().name(), member.team(), member.email(), member.agency(), member.fte(),
                member.from(), member.to(), member.workerId(), member.version());
        names = null;
        if (n != 1) {
            throw new StaleEdit(member.workerId());
        }
        versions.changed(DataVersion.Area.STAFF);
    }

    private static StaffMember member(ResultSet rs, int row) throws SQLException {
        var to = rs.getObject("date_to", LocalDate.class);
        return new StaffMember(rs.getString("worker_id"), rs.getString("name"), StaffRole.valueOf(rs.getString("role")),
                rs.getString("team"), rs.getString("email"), rs.getBoolean("agency"), rs.getBigDecimal("fte"),
                rs.getObject("date_from", LocalDate.class), to, rs.getInt("version"));
    }
}
