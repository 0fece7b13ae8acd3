package org.ourpromise.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's tables: members, terms of reference, meetings, agenda items, attendance, actions and the work plan.
 * The demo council fills them through the {@code add} methods; the pages read them and change an action or the
 * terms with the version they were shown (a stale save changes nothing and returns false).
 */
@Repository
public class BoardBook {

    private final JdbcTemplate jdbc;

    BoardBook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        Long n = jdbc.queryForObject("select count(*) from board_meeting", Long.class);
        return n == null || n == 0;
    }

    @Transactional
    public long addMember(String name, Member.Role role, String organisation, LocalDate termStart,
            @Nullable LocalDate termEnd) {
        return insert("insert into board_member (name, role, organisation, term_start, term_end) values (?,?,?,?,?)",
                "member_id", name, role.name(), organisation, termStart, termEnd);
    }

    @Transactional
    public long addMeeting(LocalDate heldOn, Meeting.Venue venue) {
        return insert("insert into board_meeting (held_on, venue) values (?,?)", "meeting_id", heldOn, venue.name());
    }

    @Transactional
    public long addItem(long meetingId, int position, String title, @Nullable String paperTitle,
            @Nullable String paperLink, @Nullable String minutes, @Nullable String resolution) {
        return insert("insert into board_agenda_item (meeting_id, position, title, paper_title, paper_link, minutes,"
                + " resolution) values (?,?,?,?,?,?,?)", "item_id", meetingId, position, title, paperTitle, paperLink,
                minutes, resolution);
    }

    @Transactional
    public void attend(long meetingId, long memberId, Attendance.Presence presence) {
        jdbc.update("insert into board_attendance (meeting_id, member_id, attended) values (?,?,?)", meetingId,
                memberId, presence.name());
    }

    @Transactional
    public long addAction(long meetingId, String description, String owner, LocalDate dueOn, BoardAction.Status status,
            @Nullable String update) {
        return insert("insert into board_action (meeting_id, description, owner, due_on, status, latest_update)"
                + " values (?,?,?,?,?,?)", "action_id", meetingId, description, owner, dueOn, status.name(), update);
    }

    @Transactional
    public void addPlanEntry(long meetingId, String theme, String report) {
        jdbc.update("insert into board_plan_entry (meeting_id, theme, report) values (?,?,?)", meetingId, theme, report);
    }

    /** Sets the terms of reference the first time (the demo, or a new council). */
    @Transactional
    public void addTerms(String text, LocalDate agreedOn, String by) {
        jdbc.update("insert into board_terms (terms_id, text, agreed_on, updated_by) values (1,?,?,?)", text, agreedOn, by);
    }

    @Transactional(readOnly = true)
    List<Member> members() {
        return jdbc.query("select * from board_member order by term_start desc, name", BoardBook::member);
    }

    @Transactional(readOnly = true)
    public List<Meeting> meetings() {
        return jdbc.query("select * from board_meeting order by held_on desc", BoardBook::meeting);
    }

    @Transactional(readOnly = true)
    Optional<Meeting> meeting(long id) {
        return jdbc.query("select * from board_meeting where meeting_id = ?", BoardBook::meeting, id).stream().findFirst();
    }

    @Transactional(readOnly = true)
    List<AgendaItem> items(long meetingId) {
        return jdbc.query("select * from board_agenda_item where meeting_id = ? order by position", (rs, i) ->
                new AgendaItem(rs.getLong("item_id"), rs.getLong("meeting_id"), rs.getInt("position"),
                        rs.getString("title"), rs.getString("paper_title"), rs.getString("paper_link"),
                        rs.getString("minutes"), rs.getString("resolution"), rs.getInt("version")), meetingId);
    }

    @Transactional(readOnly = true)
    List<Attendance> attendance(long meetingId) {
        return jdbc.query("select * from board_attendance where meeting_id = ? order by member_id", (rs, i) ->
                new Attendance(rs.getLong("meeting_id"), rs.getLong("member_id"),
                        Attendance.Presence.valueOf(rs.getString("attended"))), meetingId);
    }

    @Transactional(readOnly = true)
    public List<BoardAction> actions() {
        return jdbc.query("select * from board_action order by due_on, action_id", BoardBook::action);
    }

    @Transactional(readOnly = true)
    Optional<BoardAction> action(long id) {
        return jdbc.query("select * from board_action where action_id = ?", BoardBook::action, id).stream().findFirst();
    }

    @Transactional(readOnly = true)
    List<PlanEntry> plan() {
        return jdbc.query("select e.* from board_plan_entry e join board_meeting m on m.meeting_id = e.meeting_id"
                + " order by m.held_on, e.entry_id", (rs, i) -> new PlanEntry(rs.getLong("meeting_id"),
                        rs.getString("theme"), rs.getString("report")));
    }

    /** The terms of reference: text, date agreed and version; none before the board has any. */
    record Terms(String text, LocalDate agreedOn, int version) {
    }

    @Transactional(readOnly = true)
    Optional<Terms> terms() {
        return jdbc.query("select * from board_terms where terms_id = 1", (rs, i) -> new Terms(rs.getString("text"),
                rs.getObject("agreed_on", LocalDate.class), rs.getInt("version"))).stream().findFirst();
    }

    /** Saves the action's status and update if it is still at {@code version}; false when someone saved first. */
    @Transactional
    boolean updateAction(long id, int version, BoardAction.Status status, LocalDate dueOn, String update, String by) {
        return jdbc.update("update board_action set status = ?, due_on = ?, latest_update = ?, updated_by = ?,"
                + " version = version + 1 where action_id = ? and version = ?", status.name(), dueOn, update, by, id,
                version) == 1;
    }

    /** Saves the terms if still at {@code version}; false when someone saved first. */
    @Transactional
    boolean updateTerms(int version, String text, LocalDate agreedOn, String by) {
        return jdbc.update("update board_terms set text = ?, agreed_on = ?, updated_by = ?, version = version + 1"
                + " where terms_id = 1 and version = ?", text, agreedOn, by, version) == 1;
    }

    /** Saves an agenda item's minutes and resolution if still at {@code version}; false when someone saved first. */
    @Transactional
    boolean updateItem(long itemId, int version, @Nullable String minutes, @Nullable String resolution) {
        return jdbc.update("update board_agenda_item set minutes = ?, resolution = ?, version = version + 1"
                + " where item_id = ? and version = ?", minutes, resolution, itemId, version) == 1;
    }

    @Transactional(readOnly = true)
    Optional<AgendaItem> item(long itemId) {
        return jdbc.query("select * from board_agenda_item where item_id = ?", (rs, i) -> new AgendaItem(
                rs.getLong("item_id"), rs.getLong("meeting_id"), rs.getInt("position"), rs.getString("title"),
                rs.getString("paper_title"), rs.getString("paper_link"), rs.getString("minutes"),
                rs.getString("resolution"), rs.getInt("version")), itemId).stream().findFirst();
    }

    /** The next free position on a meeting's agenda. */
    @Transactional(readOnly = true)
    int nextPosition(long meetingId) {
        Integer max = jdbc.queryForObject("select max(position) from board_agenda_item where meeting_id = ?",
                Integer.class, meetingId);
        return max == null ? 1 : max + 1;
    }

    /** Records who attended, replacing what was recorded before (the whole list is saved at once). */
    @Transactional
    void replaceAttendance(long meetingId, Map<Long, Attendance.Presence> presence) {
        jdbc.update("delete from board_attendance where meeting_id = ?", meetingId);
        presence.forEach((member, p) -> attend(meetingId, member, p));
    }

    @Transactional(readOnly = true)
    Optional<Member> member(long id) {
        return jdbc.query("select * from board_member where member_id = ?", BoardBook::member, id).stream().findFirst();
    }

    /** Saves a member's details if still at {@code version}; false when someone saved first. */
    @Transactional
    boolean updateMember(long id, int version, String name, Member.Role role, String organisation, LocalDate termStart,
            @Nullable LocalDate termEnd) {
        return jdbc.update("update board_member set name = ?, role = ?, organisation = ?, term_start = ?, term_end = ?,"
                + " version = version + 1 where member_id = ? and version = ?", name, role.name(), organisation,
                termStart, termEnd, id, version) == 1;
    }

    /** Records that the meeting's minutes were agreed (at the next meeting, on its date). */
    @Transactional
    public void minutesAgreed(long meetingId, LocalDate on) {
        jdbc.update("update board_meeting set minutes_agreed_on = ?, version = version + 1 where meeting_id = ?", on,
                meetingId);
    }

    @Transactional(readOnly = true)
    Optional<LocalDate> minutesAgreedOn(long meetingId) {
        return jdbc.query("select minutes_agreed_on from board_meeting where meeting_id = ?",
                (rs, i) -> rs.getObject(1, LocalDate.class), meetingId).stream().filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** A paper's description, without its content. */
    record Paper(long id, long itemId, String fileName, String contentType, int sizeBytes, String uploadedBy) {
    }

    @Transactional
    long addPaper(long itemId, String fileName, String contentType, byte[] content, String by, java.time.LocalDateTime at) {
        return insert("insert into board_paper (item_id, file_name, content_type, size_bytes, content, uploaded_by,"
                + " uploaded_at) values (?,?,?,?,?,?,?)", "paper_id", itemId, fileName, contentType, content.length,
                content, by, at);
    }

    @Transactional(readOnly = true)
    List<Paper> papers(long meetingId) {
        return jdbc.query("select p.paper_id, p.item_id, p.file_name, p.content_type, p.size_bytes, p.uploaded_by"
                + " from board_paper p join board_agenda_item i on i.item_id = p.item_id where i.meeting_id = ?"
                + " order by p.paper_id", (rs, i) -> new Paper(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getString(6)), meetingId);
    }

    @Transactional(readOnly = true)
    Optional<Paper> paper(long id) {
        return jdbc.query("select paper_id, item_id, file_name, content_type, size_bytes, uploaded_by from board_paper"
                + " where paper_id = ?", (rs, i) -> new Paper(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getString(6)), id).stream().findFirst();
    }

    @Transactional(readOnly = true)
    byte[] paperContent(long id) {
        return jdbc.queryForObject("select content from board_paper where paper_id = ?", byte[].class, id);
    }

    private long insert(String sql, String key, @Nullable Object... args) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement(sql, new String[] {key});
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    private static Member member(ResultSet rs, int i) throws SQLException {
        return new Member(rs.getLong("member_id"), rs.getString("name"), Member.Role.valueOf(rs.getString("role")),
                rs.getString("organisation"), rs.getObject("term_start", LocalDate.class),
                rs.getObject("term_end", LocalDate.class), rs.getInt("version"));
    }

    private static Meeting meeting(ResultSet rs, int i) throws SQLException {
        return new Meeting(rs.getLong("meeting_id"), rs.getObject("held_on", LocalDate.class),
                Meeting.Venue.valueOf(rs.getString("venue")), rs.getInt("version"));
    }

    private static BoardAction action(ResultSet rs, int i) throws SQLException {
        return new BoardAction(rs.getLong("action_id"), rs.getLong("meeting_id"), rs.getString("description"),
                rs.getString("owner"), rs.getObject("due_on", LocalDate.class),
                BoardAction.Status.valueOf(rs.getString("status")), rs.getString("latest_update"), rs.getInt("version"));
    }
}
