package org.ourpromise.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who looked at or changed what, and when. Written in the caller's transaction, so a view or change
 * that fails leaves no audit entry and one that succeeds always has one. A page, download or drill-down
 * that shows children records each child it showed ({@link #recordShown}: a reference to a stored list), so
 * "who saw this child" has an answer; on PostgreSQL the database refuses to change or delete an entry (V86).
 */
@Service
public class AuditLog {

    /** What happened. */
    public enum Action {
        VIEW_RECORD, SEARCH, RECORD_EVENT, IMPORT, EXPORT, SIGN_IN, ACCESS_DENIED, VIEW_AUDIT, VIEW_REPORT, EDIT_REPORT, EDIT_LIST,
        EDIT_TARGET,
        MANAGE_ACCOUNT,
        SIGN_IN_FAILED,
        SIGN_IN_LOCKED,
        RESTRICT_RECORD,
        BREAK_THE_GLASS,
        RETENTION,
        IMPORT_REFUSED
    }

    /** One audit entry; {@code childrenShown} is how many children a list or download showed (null: not a list). */
    public record Entry(long id, LocalDateTime at, String username, Action action, @Nullable String childId,
            String detail, @Nullable Integer childrenShown) {
    }

    /** A search of the log: any field may be blank. A child matches the entries about it and the lists that showed it. */
    public record Query(@Nullable String username, @Nullable String childId, @Nullable Action action,
            @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    /** One page of a search, most recent first, and how many entries match in all. */
    public record Page(List<Entry> entries, long total, int number, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private static final String COLUMNS = "audit_id, at, username, action, child_id, detail, children_shown";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action by the signed-in user (or "system" for commands and start-up). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Action action, @Nullable String childId, String detail) {
        recordAs(currentUsername(), action, childId, detail);
    }

    /** For events outside a user's request transaction (sign-in, denied access, commands). */
    @Transactional
    public void recordAs(String username, Action action, @Nullable String childId, String detail) {
        insert(username, action, childId, detail, null, null);
    }

    /** Records a list, download or drill-down by the signed-in user with every child it showed (each once). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordShown(Action action, Collection<String> childIds, String detail) {
        recordShownAs(currentUsername(), action, childIds, detail);
    }

    /** {@link #recordShown} for a named user outside a request (the daily email, commands). */
    @Transactional
    public void recordShownAs(String username, Action action, Collection<String> childIds, String detail) {
        var children = new TreeSet<String>();
        childIds.stream().filter(c -> c != null && !c.isBlank()).forEach(children::add);
        String list = children.size() > 1 ? storeList(children) : null;
        insert(username, action, children.size() == 1 ? children.first() : null, detail, children.size(), list);
    }

    /**
     * The list's id: a SHA-256 of its sorted child ids. A list stored before (the same worklist opened again) is
     * not stored again; two stored at once are stored once.
     */
    private String storeList(SortedSet<String> children) {
        String id = HexFormat.of().formatHex(sha256(String.join("\n", children)));
        if (jdbc.update("insert into audit_list (list_id, children) values (?,?) on conflict do nothing", id,
                children.size()) == 1) {
            jdbc.batchUpdate("insert into audit_list_child (list_id, child_id) values (?,?)",
                    children.stream().map(c -> new Object[] {id, c}).toList());
        }
        return id;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private void insert(String username, Action action, @Nullable String childId, String detail,
            @Nullable Integer shown, @Nullable String list) {
        String text = detail.length() > 500 ? detail.substring(0, 500) : detail;
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("insert into audit_event (at, username, action, child_id, detail, "
                    + "children_shown, children_list) values (?,?,?,?,?,?,?)");
            ps.setObject(1, LocalDateTime.now(clock));
            ps.setString(2, username.length() > 60 ? username.substring(0, 60) : username);
            ps.setString(3, action.name());
            ps.setString(4, childId);
            ps.setString(5, text);
            ps.setObject(6, shown);
            ps.setString(7, list);
            return ps;
        });
    }

    /** The most recent entries matching, at most {@code limit} (up to 1,000). */
    @Transactional(readOnly = true)
    public List<Entry> search(Query q, int limit) {
        return page(q, 0, Math.max(1, Math.min(limit, 1000))).entries();
    }

    /** The columns the log can be sorted by; within one value, the most recent first. */
    public enum Order {
        WHEN("at"), WHO("username"), ACTION("action"), CHILD("child_id");

        private final String column;

        Order(String column) {
            this.column = column;
        }

        /** A fixed SQL order (never text from the request), with the newest first among equals. */
        String sql(boolean descending) {
            String direction = descending ? " desc" : " asc";
            return this == WHEN ? "at" + direction + ", audit_id" + direction
                    : column + direction + (this == CHILD ? " nulls last" : "") + ", at desc, audit_id desc";
        }
    }

    /** Page {@code number} (from 0) of the entries matching, {@code size} to a page, most recent first. */
    @Transactional(readOnly = true)
    public Page page(Query q, int number, int size) {
        return page(q, number, size, Order.WHEN, true);
    }

    /** Page {@code number} (from 0) of the entries matching, {@code size} to a page, in the order asked for. */
    @Transactional(readOnly = true)
    public Page page(Query q, int number, int size, Order order, boolean descending) {
        var args = new ArrayList<Object>();
        String where = where(q, args);
        Long total = jdbc.queryForObject("select count(*) from audit_event e" + where, Long.class, args.toArray());
        var entries = jdbc.query("select " + COLUMNS + " from audit_event e" + where
                + " order by " + order.sql(descending) + " limit " + size + " offset " + ((long) number * size),
                AuditLog::entry, args.toArray());
        return new Page(entries, total == null ? 0 : total, number, size);
    }

    /** Every entry matching, most recent first, one at a time (for the CSV download: no limit, no list in memory). */
    @Transactional(readOnly = true)
    public void each(Query q, Consumer<Entry> each) {
        each(q, Order.WHEN, true, each);
    }

    /** Every entry matching, in the order asked for, one at a time. */
    @Transactional(readOnly = true)
    public void each(Query q, Order order, boolean descending, Consumer<Entry> each) {
        var args = new ArrayList<Object>();
        String where = where(q, args);
        jdbc.query("select " + COLUMNS + " from audit_event e" + where + " order by " + order.sql(descending),
                rs -> {
                    each.accept(entry(rs, 0));
                }, args.toArray());
    }

    /** The children an entry showed (a list's, or the one child it names), in child id order. */
    @Transactional(readOnly = true)
    public List<String> childrenShown(long auditId) {
        return jdbc.queryForList("select l.child_id from audit_event e join audit_list_child l on l.list_id = "
                + "e.children_list where e.audit_id = ? union select e.child_id from audit_event e where e.audit_id = ? "
                + "and e.child_id is not null order by 1", String.class, auditId, auditId);
    }

    private static String where(Query q, List<Object> args) {
        var sql = new StringBuilder(" where 1 = 1");
        if (q.username() != null) {
            sql.append(" and e.username = ?");
            args.add(q.username());
        }
        if (q.childId() != null) {
            sql.append(" and (e.child_id = ? or e.children_list in (select l.list_id from audit_list_child l "
                    + "where l.child_id = ?))");
            args.add(q.childId());
            args.add(q.childId());
        }
        if (q.action() != null) {
            sql.append(" and e.action = ?");
            args.add(q.action().name());
        }
        if (q.from() != null) {
            sql.append(" and e.at >= ?");
            args.add(q.from().atStartOfDay());
        }
        if (q.to() != null) {
            sql.append(" and e.at < ?");
            args.add(q.to().plusDays(1).atStartOfDay());
        }
        return sql.toString();
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        int shown = rs.getInt("children_shown");
        return new Entry(rs.getLong("audit_id"), rs.getTimestamp("at").toLocalDateTime(), rs.getString("username"),
                Action.valueOf(rs.getString("action")), rs.getString("child_id"), rs.getString("detail"),
                rs.wasNull() ? null : shown);
    }

    private static String currentUsername() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
