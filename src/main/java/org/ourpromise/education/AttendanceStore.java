package org.ourpromise.education;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Attendance as supplied, and the sessions summed per child and per school over a span of days. */
@Repository
public class AttendanceStore {

    /** Rows per JDBC batch: large enough to amortise round trips, small enough to keep memory flat. */
    private static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;

    AttendanceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> childIds() {
        return new HashSet<>(jdbc.queryForList("select child_id from child", String.class));
    }

    /**
     * Stores a whole file: for each child in it, what is stored from their first to their last day in the file is
     * replaced by the file's rows (a supplier's corrected file, or weekly figures replaced by daily marks, never
     * both counted). Gives the number of stored rows replaced.
     */
    @Transactional
    public int replace(AttendanceFile file) {
        var spans = new HashMap<String, LocalDate[]>();
        for (var r : file.rows()) {
            spans.merge(r.childId(), new LocalDate[] {r.date(), r.lastDay()}, (a, b) -> new LocalDate[] {
                a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
        }
        var deletes = new ArrayList<Object[]>();
        spans.forEach((child, span) -> deletes.add(new Object[] {child, Date.valueOf(span[0]), Date.valueOf(span[1])}));
        int removed = 0;
        for (int n : jdbc.batchUpdate("delete from attendance where child_id = ? and attended_on between ? and ?",
                deletes)) {
            removed += Math.max(n, 0);
        }
        var rows = file.rows();
        for (int from = 0; from < rows.size(); from += BATCH) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            jdbc.batchUpdate("insert into attendance (child_id, attended_on, session, possible, attended) "
                    + "values (?,?,?,?,?)", chunk, chunk.size(), (ps, r) -> {
                        ps.setString(1, r.childId());
                        ps.setDate(2, Date.valueOf(r.date()));
                        ps.setString(3, r.session());
                        ps.setInt(4, r.possible());
                        ps.setBigDecimal(5, r.attended());
                    });
        }
        return removed;
    }

    /** A week's figures as a supplier gives them: sessions possible and attended in the week from {@code monday}. */
    public record Week(String childId, LocalDate monday, int possible, int attended) {
    }

    /** Stores weekly figures in bulk (demo data and tests), replacing what is stored for the same days. */
    @Transactional
    public void addWeeks(List<Week> weeks) {
        replace(new AttendanceFile(weeks.stream().map(w -> new AttendanceFile.Row(w.childId(), w.monday(),
                AttendanceFile.WEEK, w.possible(), BigDecimal.valueOf(w.attended()))).toList()));
    }

    /** Each child's sessions on days from {@code from} to {@code to}; one child's when {@code childId} is given. */
    public Map<String, Sessions> byChild(LocalDate from, LocalDate to, @Nullable String childId) {
        var map = new HashMap<String, Sessions>();
        var args = new ArrayList<Object>(List.of(from, to));
        if (childId != null) {
            args.add(childId);
        }
        jdbc.query("select child_id, sum(possible), sum(attended) from attendance where attended_on between ? and ?"
                + (childId == null ? "" : " and child_id = ?") + " group by child_id", rs -> {
                    map.put(rs.getString(1), sessions(rs.getLong(2), rs.getBigDecimal(3)));
                }, args.toArray());
        return map;
    }

    /**
     * Each child's sessions at each school (by URN), counting a day at the school the child was on roll at that
     * day; a day on roll at none is not counted for any school.
     */
    public Map<String, Map<String, Sessions>> bySchool(LocalDate from, LocalDate to) {
        var map = new HashMap<String, Map<String, Sessions>>();
        jdbc.query("select p.urn, a.child_id, sum(a.possible), sum(a.attended) from attendance a "
                + "join school_placement p on p.child_id = a.child_id and a.attended_on >= p.started "
                + "and (p.ended is null or a.attended_on < p.ended) where a.attended_on between ? and ? "
                + "group by p.urn, a.child_id", rs -> {
                    map.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(rs.getString(2), sessions(rs.getLong(3), rs.getBigDecimal(4)));
                }, from, to);
        return map;
    }

    private static Sessions sessions(long possible, @Nullable BigDecimal attended) {
        return new Sessions(possible, attended == null ? BigDecimal.ZERO : attended);
    }
}
