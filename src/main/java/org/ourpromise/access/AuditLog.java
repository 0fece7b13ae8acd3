package org.ourpromise.access;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who looked at or changed what, and when. Written in the caller's transaction, so a view or change
 * that fails leaves no audit entry and one that succeeds always has one.
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
        RETENTION
    }

    /** One audit entry. */
    public record Entry(long id, LocalDateTime at, String username, Action action, @Nullable String childId,
            String detail) {
    }

    /** A search of the log: any field may be blank. */
    public record Query(@Nullable String username, @Nullable String childId, @Nullable Action action,
            @Nullable LocalDate from, @Nullable LocalDate to) {
    }

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
        jdbc.update("insert into audit_event (at, username, action, child_id, detail) values (?,?,?,?,?)",
                LocalDateTime.now(clock), username, action.name(), childId,
                detail.length() > 500 ? detail.substring(0, 500) : detail);
    }

    @Transactional(readOnly = true)
    public List<Entry> search(Query q, int limit) {
        var sql = new StringBuilder("select * from audit_event where 1 = 1");
        var args = new ArrayList<Object>();
        if (q.username() != null) {
            sql.append(" and username = ?");
            args.add(q.username());
        }
        if (q.childId() != null) {
            sql.append(" and child_id = ?");
            args.add(q.childId());
        }
        if (q.action() != null) {
            sql.append(" and action = ?");
            args.add(q.action().name());
        }
        if (q.from() != null) {
            sql.append(" and at >= ?");
            args.add(q.from().atStartOfDay());
        }
        if (q.to() != null) {
            sql.append(" and at < ?");
            args.add(q.to().plusDays(1).atStartOfDay());
        }
        sql.append(" order by at desc, audit_id desc limit ").append(Math.max(1, Math.min(limit, 1000)));
        return jdbc.query(sql.toString(), (rs, n) -> new Entry(rs.getLong("audit_id"),
                rs.getTimestamp("at").toLocalDateTime(), rs.getString("username"), Action.valueOf(rs.getString("action")),
                rs.getString("child_id"), rs.getString("detail")), args.toArray());
    }

    private static String currentUsername() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
