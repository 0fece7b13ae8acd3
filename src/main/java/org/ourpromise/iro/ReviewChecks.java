package org.ourpromise.iro;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The IRO's midway checks between reviews and checklists before a review. Each is saved as a new check, so the
 * history of checks on a child stays as it was.
 */
@Service
public class ReviewChecks {

    /** A midway check: when, whether there is drift or delay, and each of the review's actions on track or not. */
    public record MidwayCheck(long id, LocalDate reviewDate, LocalDate checkedOn, boolean drift, @Nullable String note,
            String recordedBy, Map<Long, Boolean> onTrack) {

        public boolean allOnTrack() {
            return !drift && onTrack.values().stream().allMatch(b -> b);
        }
    }

    /** One standard of the checklist: met, or not met with the alert raised or the reason none is needed. */
    public record PrepItem(String standard, boolean met, @Nullable Long alertId, @Nullable String reason) {
    }

    /** A checklist done before a review. */
    public record PrepCheck(long id, LocalDate checkedOn, String recordedBy, List<PrepItem> items) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReviewChecks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public long recordMidway(String childId, LocalDate review, boolean drift, @Nullable String note,
            Map<Long, Boolean> onTrack, String username) {
        return recordMidway(childId, review, drift, note, onTrack, username, LocalDate.now(clock));
    }

    /** A midway check done on {@code on} (imports and the demo council's history). */
    @Transactional
    public long recordMidway(String childId, LocalDate review, boolean drift, @Nullable String note,
            Map<Long, Boolean> onTrack, String username, LocalDate on) {
        long id = insert("insert into midway_check (child_id, review_date, checked_on, drift, note, recorded_by) values (?,?,?,?,?,?)",
                "check_id", childId, review, on, drift, note, username);
        onTrack.forEach((action, yes) -> jdbc.update("insert into midway_check_action (check_id, action_id, on_track) values (?,?,?)",
                id, action, yes));
        return id;
    }

    /** Every midway check of every child (the IRO service's measures). */
    @Transactional(readOnly = true)
    public List<MidwayCheck> allMidwayChecks() {
        var actions = new LinkedHashMap<Long, Map<Long, Boolean>>();
        jdbc.query("select * from midway_check_action order by action_id", rs -> {
            actions.computeIfAbsent(rs.getLong("check_id"), k -> new LinkedHashMap<>()).put(rs.getLong("action_id"),
                    rs.getBoolean("on_track"));
        });
        return jdbc.query("select * from midway_check order by checked_on, check_id", (rs, n) -> midway(rs, actions));
    }

    private static MidwayCheck midway(java.sql.ResultSet rs, Map<Long, Map<Long, Boolean>> actions)
            throws java.sql.SQLException {
        return new MidwayCheck(rs.getLong("check_id"), rs.getObject("review_date", LocalDate.class),
                rs.getObject("checked_on", LocalDate.class), rs.getBoolean("drift"), rs.getString("note"),
                rs.getString("recorded_by"), actions.getOrDefault(rs.getLong("check_id"), Map.of()));
    }

    @Transactional(readOnly = true)
    public List<MidwayCheck> midwayChecks(String childId) {
        var actions = new LinkedHashMap<Long, Map<Long, Boolean>>();
        jdbc.query("select a.* from midway_check_action a join midway_check c on c.check_id = a.check_id where c.child_id = ? "
                + "order by a.action_id", rs -> {
                    actions.computeIfAbsent(rs.getLong("check_id"), k -> new LinkedHashMap<>())
                            .put(rs.getLong("action_id"), rs.getBoolean("on_track"));
                }, childId);
        return jdbc.query("select * from midway_check where child_id = ? order by checked_on desc, check_id desc", (rs, n) ->
                new MidwayCheck(rs.getLong("check_id"), rs.getObject("review_date", LocalDate.class),
                        rs.getObject("checked_on", LocalDate.class), rs.getBoolean("drift"), rs.getString("note"),
                        rs.getString("recorded_by"), actions.getOrDefault(rs.getLong("check_id"), Map.of())), childId);
    }

    @Transactional
    public long recordPrep(String childId, List<PrepItem> items, String username) {
        long id = insert("insert into prep_check (child_id, checked_on, recorded_by) values (?,?,?)", "check_id", childId,
                LocalDate.now(clock), username);
        for (int n = 0; n < items.size(); n++) {
            var i = items.get(n);
            jdbc.update("insert into prep_check_item (check_id, position, standard, met, alert_id, reason) values (?,?,?,?,?,?)",
                    id, n, i.standard(), i.met(), i.alertId(), i.reason());
        }
        return id;
    }

    @Transactional(readOnly = true)
    public List<PrepCheck> prepChecks(String childId) {
        var items = new LinkedHashMap<Long, List<PrepItem>>();
        jdbc.query("select i.* from prep_check_item i join prep_check c on c.check_id = i.check_id where c.child_id = ? "
                + "order by i.check_id, i.position", rs -> {
            items.computeIfAbsent(rs.getLong("check_id"), k -> new ArrayList<>()).add(new PrepItem(rs.getString("standard"),
                    rs.getBoolean("met"), rs.getObject("alert_id", Long.class), rs.getString("reason")));
        }, childId);
        return jdbc.query("select * from prep_check where child_id = ? order by checked_on desc, check_id desc", (rs, n) ->
                new PrepCheck(rs.getLong("check_id"), rs.getObject("checked_on", LocalDate.class), rs.getString("recorded_by"),
                        items.getOrDefault(rs.getLong("check_id"), List.of())), childId);
    }

    private long insert(String sql, String key, Object... values) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement(sql, new String[] {key});
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }
}
