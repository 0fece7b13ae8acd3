package org.ourpromise.iro;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What reviews decided and the actions they agreed. A save names the version it was read at and is refused if
 * someone saved since; an action's status changes once from open (done, done late or dropped), never back.
 */
@Service
public class ReviewOutcomes {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReviewOutcomes(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ReviewOutcome> outcome(String childId, LocalDate review) {
        return jdbc.query("select * from review_outcome where child_id = ? and review_date = ?", (rs, n) -> new ReviewOutcome(
                childId, review, ReviewOutcome.HeldHow.valueOf(rs.getString("held_how")),
                ReviewOutcome.ChildChaired.valueOf(rs.getString("child_chaired")), rs.getString("attended"),
                rs.getString("decisions"), rs.getInt("version")), childId, review).stream().findFirst();
    }

    /** Saves the outcome if nobody saved it since {@code o.version()}; false when someone did. */
    @Transactional
    public boolean save(ReviewOutcome o, String username) {
        var now = LocalDateTime.now(clock);
        if (o.version() == 0 && outcome(o.childId(), o.reviewDate()).isEmpty()) {
            jdbc.update("insert into review_outcome (child_id, review_date, held_how, child_chaired, attended, decisions, "
                    + "updated_by, updated_at, version) values (?,?,?,?,?,?,?,?,1)", o.childId(), o.reviewDate(),
                    o.heldHow().name(), o.chaired().name(), o.attended(), o.decisions(), username, now);
            return true;
        }
        return jdbc.update("update review_outcome set held_how = ?, child_chaired = ?, attended = ?, decisions = ?, "
                + "updated_by = ?, updated_at = ?, version = version + 1 where child_id = ? and review_date = ? and version = ?",
                o.heldHow().name(), o.chaired().name(), o.attended(), o.decisions(), username, now, o.childId(),
                o.reviewDate(), o.version()) == 1;
    }

    @Transactional(readOnly = true)
    public List<ReviewAction> actions(String childId, LocalDate review) {
        return jdbc.query("select * from review_action where child_id = ? and review_date = ? order by due, action_id",
                ReviewOutcomes::action, childId, review);
    }

    /** Every action of every review (the IRO service's measures). */
    @Transactional(readOnly = true)
    public List<ReviewAction> allActions() {
        return jdbc.query("select * from review_action order by action_id", ReviewOutcomes::action);
    }

    /** Open actions owned by a worker, soonest due first (their worklist). */
    @Transactional(readOnly = true)
    public List<ReviewAction> openActionsOf(String workerId) {
        return jdbc.query("select * from review_action where owner_worker = ? and status = 'OPEN' order by due, action_id",
                ReviewOutcomes::action, workerId);
    }

    @Transactional
    public long addAction(String childId, LocalDate review, String action, @Nullable String ownerWorker,
            @Nullable String ownerRole, LocalDate due, String username) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into review_action (child_id, review_date, action, owner_worker, owner_role, "
                    + "due, status, updated_by) values (?,?,?,?,?,?,'OPEN',?)", new String[] {"action_id"});
            Object[] values = {childId, review, action, ownerWorker, ownerRole, due, username};
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /**
     * Closes an open action on {@code on}: done (late if after its due date) or dropped. False if it was not open or
     * someone changed it since {@code version}.
     */
    @Transactional
    public boolean close(long actionId, int version, boolean dropped, LocalDate on, String username) {
        return jdbc.update("update review_action set status = case when ? then 'DROPPED' when due < ? then 'LATE' else 'DONE' end, "
                + "status_on = ?, updated_by = ?, version = version + 1 where action_id = ? and version = ? and status = 'OPEN'",
                dropped, on, on, username, actionId, version) == 1;
    }

    private static ReviewAction action(ResultSet rs, int n) throws SQLException {
        return new ReviewAction(rs.getLong("action_id"), rs.getString("child_id"), rs.getObject("review_date", LocalDate.class),
                rs.getString("action"), rs.getString("owner_worker"), rs.getString("owner_role"),
                rs.getObject("due", LocalDate.class), ReviewAction.Status.valueOf(rs.getString("status")),
                rs.getObject("status_on", LocalDate.class), rs.getInt("version"));
    }
}
