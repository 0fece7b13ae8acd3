package org.ourpromise.worklists;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.timescales.DeadlineRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's reasons for lateness and the explanations recorded against due items. The child's
 * record page reads {@link #forChild} through its template, so the case file does not depend on worklists.
 */
@Service
public class LatenessReasons {

    /** One reason from the council's list. */
    public record Reason(int id, String label) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LatenessReasons(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The reasons a worker may choose, in the council's order. */
    @Transactional(readOnly = true)
    public List<Reason> reasons() {
        return jdbc.query("select reason_id, label from lateness_reason where active = true order by sort_order",
                (rs, n) -> new Reason(rs.getInt(1), rs.getString(2)));
    }

    /** A reason as the council's list holds it, retired or not, with its version. */
    public record ListedReason(int id, String label, boolean active, int version) {
    }

    /** The whole list, retired reasons included, in the council's order. */
    @Transactional(readOnly = true)
    public List<ListedReason> list() {
        return jdbc.query("select reason_id, label, active, version from lateness_reason order by sort_order",
                (rs, n) -> new ListedReason(rs.getInt(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4)));
    }

    /**
     * Adds a reason at the end of the list; the error in plain words, or null when it was added. Two added at once
     * both get a number (the next free one, tried again if taken); the same reason added twice at once is added once.
     */
    @Transactional
    public @Nullable String add(String label) {
        String text = label.strip();
        if (text.isEmpty()) {
            return "Enter the reason";
        }
        if (text.length() > 200) {
            return "Write the reason in 200 characters or fewer";
        }
        String key = text.toLowerCase(Locale.ROOT);
        for (int attempt = 0; attempt < 20; attempt++) {
            if (list().stream().anyMatch(r -> r.label().toLowerCase(Locale.ROOT).equals(key))) {
                return "That reason is already on the list";
            }
            int added = jdbc.update("insert into lateness_reason (reason_id, label, label_key, active, sort_order) "
                    + "select coalesce(max(reason_id), 0) + 1, ?, ?, true, coalesce(max(reason_id), 0) + 1 "
                    + "from lateness_reason on conflict do nothing", text, key);
            if (added == 1) {
                return null;
            }
        }
        return "The list is being changed by someone else: try again";
    }

    /**
     * Retires a reason (no longer offered; explanations already given keep it) or brings it back, if it is still at
     * the {@code version} the page showed. Empty when there is no such reason; false when it changed since.
     */
    @Transactional
    public Optional<Boolean> setActive(int id, boolean active, int version) {
        if (jdbc.update("update lateness_reason set active = ?, version = version + 1 where reason_id = ? and version = ?",
                active, id, version) == 1) {
            return Optional.of(true);
        }
        return list().stream().anyMatch(r -> r.id() == id) ? Optional.of(false) : Optional.empty();
    }

    /** The explanations recorded for a child, most recent first. */
    @Transactional(readOnly = true)
    public List<LatenessExplanation> forChild(String childId) {
        return jdbc.query(SELECT + " where e.child_id = ? order by e.recorded_at desc, e.explanation_id desc",
                LatenessReasons::row, childId);
    }

    /** The latest explanation of each explained item, by item key. */
    @Transactional(readOnly = true)
    Map<String, LatenessExplanation> latestByItem() {
        var out = new HashMap<String, LatenessExplanation>();
        for (var e : jdbc.query(SELECT + " order by e.recorded_at, e.explanation_id", LatenessReasons::row)) {
            out.put(e.itemKey(), e);
        }
        return out;
    }

    /** Saves an explanation in the caller's transaction (the caller audits it). */
    @Transactional
    void record(String childId, DeadlineRule rule, LocalDate due, int reasonId, String note, String username) {
        jdbc.update("insert into lateness_explanation (child_id, rule_code, due_date, reason_id, note, recorded_by, "
                + "recorded_at) values (?,?,?,?,?,?,?)", childId, rule.name(), due, reasonId,
                note.isEmpty() ? null : note, username, LocalDateTime.now(clock));
    }

    long count() {
        Long n = jdbc.queryForObject("select count(*) from lateness_explanation", Long.class);
        return n == null ? 0 : n;
    }

    private static final String SELECT = "select e.child_id, e.rule_code, e.due_date, e.reason_id, r.label, e.note, "
            + "e.recorded_by, e.recorded_at from lateness_explanation e join lateness_reason r on r.reason_id = e.reason_id";

    private static LatenessExplanation row(ResultSet rs, int n) throws SQLException {
        return new LatenessExplanation(rs.getString(1), DeadlineRule.valueOf(rs.getString(2)),
                rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getTimestamp(8).toLocalDateTime());
    }
}
