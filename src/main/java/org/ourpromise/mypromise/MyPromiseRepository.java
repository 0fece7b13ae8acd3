package org.ourpromise.mypromise;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** My Promise's tables: invitations, views before a review, messages to a worker, requests for records. */
@Repository
class MyPromiseRepository {

    private final JdbcTemplate jdbc;

    MyPromiseRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // invitations

    void addInvitation(String childId, String codeHash, String by, LocalDateTime at, LocalDateTime expires) {
        jdbc.update("insert into my_promise_invitation (child_id, code_hash, created_by, created_at, expires_at)"
                + " values (?,?,?,?,?)", childId, codeHash, by, Timestamp.valueOf(at), Timestamp.valueOf(expires));
    }

    /** An invitation as stored: whose it is, when it expires and whether it was used. */
    record Invitation(long id, String childId, LocalDateTime createdAt, LocalDateTime expiresAt,
            @Nullable LocalDateTime usedAt, String createdBy) {
    }

    Optional<Invitation> invitationByHash(String codeHash) {
        return jdbc.query("select * from my_promise_invitation where code_hash = ?", MyPromiseRepository::invitation,
                codeHash).stream().findFirst();
    }

    List<Invitation> invitations(String childId) {
        return jdbc.query("select * from my_promise_invitation where child_id = ? order by created_at desc",
                MyPromiseRepository::invitation, childId);
    }

    /** Marks the invitation used, once: false when someone used it first. */
    boolean useInvitation(long id, String username, LocalDateTime at) {
        return jdbc.update("update my_promise_invitation set used_at = ?, used_by = ? where invitation_id = ?"
                + " and used_at is null", Timestamp.valueOf(at), username, id) == 1;
    }

    /** Ends the child's unused invitations when a new one is sent, so only the newest code works. */
    void retireInvitations(String childId, LocalDateTime at) {
        jdbc.update("update my_promise_invitation set expires_at = ? where child_id = ? and used_at is null"
                + " and expires_at > ?", Timestamp.valueOf(at), childId, Timestamp.valueOf(at));
    }

    private static Invitation invitation(ResultSet rs, int n) throws SQLException {
        var used = rs.getTimestamp("used_at");
        return new Invitation(rs.getLong("invitation_id"), rs.getString("child_id"),
                rs.getTimestamp("created_at").toLocalDateTime(), rs.getTimestamp("expires_at").toLocalDateTime(),
                used == null ? null : used.toLocalDateTime(), rs.getString("created_by"));
    }

    // views before a review

    long addViews(ReviewViews v) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into my_promise_views (child_id, review_due, going_well, want_to_change,"
                    + " who_there, held_how, chair_part, iro_worker_id, sent_at) values (?,?,?,?,?,?,?,?,?)",
                    new String[] {"views_id"});
            ps.setString(1, v.childId());
            ps.setObject(2, v.reviewDue());
            ps.setString(3, v.goingWell());
            ps.setString(4, v.wantToChange());
            ps.setString(5, v.whoThere());
            ps.setString(6, v.heldHow().name());
            ps.setBoolean(7, v.chairPart());
            ps.setString(8, v.iroWorkerId());
            ps.setTimestamp(9, Timestamp.valueOf(v.sentAt()));
            return ps;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    List<ReviewViews> views(String childId) {
        return jdbc.query("select * from my_promise_views where child_id = ? order by sent_at desc, views_id desc",
                MyPromiseRepository::views, childId);
    }

    Optional<ReviewViews> viewsById(long id) {
        return jdbc.query("select * from my_promise_views where views_id = ?", MyPromiseRepository::views, id)
                .stream().findFirst();
    }

    List<ReviewViews> unreadViewsFor(String iroWorkerId) {
        return jdbc.query("select * from my_promise_views where iro_worker_id = ? and read_at is null order by sent_at",
                MyPromiseRepository::views, iroWorkerId);
    }

    boolean markViewsRead(long id, String username, LocalDateTime at, int version) {
        return jdbc.update("update my_promise_views set read_at = ?, read_by = ?, version = version + 1"
                + " where views_id = ? and version = ? and read_at is null", Timestamp.valueOf(at), username, id,
                version) == 1;
    }

    private static ReviewViews views(ResultSet rs, int n) throws SQLException {
        var due = rs.getObject("review_due", LocalDate.class);
        var read = rs.getTimestamp("read_at");
        return new ReviewViews(rs.getLong("views_id"), rs.getString("child_id"), due, rs.getString("going_well"),
                rs.getString("want_to_change"), rs.getString("who_there"),
                ReviewViews.HeldHow.valueOf(rs.getString("held_how")), rs.getBoolean("chair_part"),
                rs.getString("iro_worker_id"), rs.getTimestamp("sent_at").toLocalDateTime(),
                read == null ? null : read.toLocalDateTime(), rs.getString("read_by"), rs.getInt("version"));
    }

    // messages to a worker

    long addMessage(Message m) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into my_promise_message (child_id, to_role, to_worker_id, to_team,"
                    + " urgent, body, sent_at, answer_due) values (?,?,?,?,?,?,?,?)", new String[] {"message_id"});
            ps.setString(1, m.childId());
            ps.setString(2, m.toRole().name());
            ps.setString(3, m.toWorkerId());
            ps.setString(4, m.toTeam());
            ps.setBoolean(5, m.urgent());
            ps.setString(6, m.body());
            ps.setTimestamp(7, Timestamp.valueOf(m.sentAt()));
            ps.setObject(8, m.answerDue());
            return ps;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    List<Message> messages(String childId) {
        return jdbc.query("select * from my_promise_message where child_id = ? order by sent_at desc, message_id desc",
                MyPromiseRepository::message, childId);
    }

    Optional<Message> message(long id) {
        return jdbc.query("select * from my_promise_message where message_id = ?", MyPromiseRepository::message, id)
                .stream().findFirst();
    }

    List<Message> unanswered() {
        return jdbc.query("select * from my_promise_message where answered_at is null order by sent_at",
                MyPromiseRepository::message);
    }

    boolean answer(long id, String answer, String username, LocalDateTime at, int version) {
        return jdbc.update("update my_promise_message set answer = ?, answered_by = ?, answered_at = ?,"
                + " version = version + 1 where message_id = ? and version = ? and answered_at is null", answer,
                username, Timestamp.valueOf(at), id, version) == 1;
    }

    private static Message message(ResultSet rs, int n) throws SQLException {
        var answered = rs.getTimestamp("answered_at");
        return new Message(rs.getLong("message_id"), rs.getString("child_id"),
                Message.To.valueOf(rs.getString("to_role")), rs.getString("to_worker_id"), rs.getString("to_team"),
                rs.getBoolean("urgent"), rs.getString("body"), rs.getTimestamp("sent_at").toLocalDateTime(),
                rs.getObject("answer_due", LocalDate.class), rs.getString("answer"),
                answered == null ? null : answered.toLocalDateTime(), rs.getString("answered_by"),
                rs.getInt("version"));
    }

    // requests for records

    void addRecordsRequest(String childId, String what, String howToSend, LocalDateTime at) {
        jdbc.update("insert into my_promise_records_request (child_id, what, how_to_send, requested_at)"
                + " values (?,?,?,?)", childId, what, howToSend, Timestamp.valueOf(at));
    }

    List<AskedForRecords.Request> recordsRequests(@Nullable String childId) {
        return jdbc.query("select * from my_promise_records_request" + (childId == null ? "" : " where child_id = ?")
                + " order by requested_at desc, request_id desc", (rs, n) -> new AskedForRecords.Request(
                        rs.getLong("request_id"), rs.getString("child_id"), rs.getString("what"),
                        rs.getString("how_to_send"), rs.getTimestamp("requested_at").toLocalDateTime()),
                childId == null ? new Object[0] : new Object[] {childId});
    }
}
