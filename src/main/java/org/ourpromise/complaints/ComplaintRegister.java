package org.ourpromise.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.timescales.Complaint;
import org.ourpromise.timescales.DeadlineEngine;
import org.ourpromise.timescales.TimescaleSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's register of complaints by or about its children in care and care leavers. Each complaint is
 * read with its stage deadlines as at today. The caller audits what is viewed and changed.
 */
@Service
public class ComplaintRegister {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TimescaleSettings settings;
    private final DeadlineEngine engine = DeadlineEngine.englandAndWales();

    ComplaintRegister(JdbcTemplate jdbc, Clock clock, TimescaleSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every complaint, newest first, each with its deadlines as at today. */
    @Transactional(readOnly = true)
    public List<LoggedComplaint> all() {
        return jdbc.query(SELECT + " order by c.received desc, c.reference desc", this::row);
    }

    @Transactional(readOnly = true)
    public Optional<LoggedComplaint> find(String reference) {
        return jdbc.query(SELECT + " where c.reference = ?", this::row, reference).stream().findFirst();
    }

    /** Logs a new complaint at stage 1 and gives its reference (CP, the year received, a number in that year). */
    @Transactional
    public String add(String childId, LocalDate received, String summary, LoggedComplaint.MadeBy madeBy,
            String username) {
        // The counter row is locked by the update until this transaction ends, so two complaints logged at
        // once queue for their numbers instead of taking the same one.
        jdbc.update("insert into complaint_counter (received_year, last_number) values (?, 0) on conflict do nothing",
                received.getYear());
        jdbc.update("update complaint_counter set last_number = last_number + 1 where received_year = ?", received.getYear());
        Integer number = jdbc.queryForObject("select last_number from complaint_counter where received_year = ?",
                Integer.class, received.getYear());
        String reference = "CP" + received.getYear() + "-" + String.format("%04d", number);
        jdbc.update("insert into complaint (reference, child_id, received, summary, made_by, recorded_by, updated_at) "
                + "values (?,?,?,?,?,?,?)", reference, childId, received, summary, madeBy.name(), username,
                LocalDateTime.now(clock));
        return reference;
    }

    /** The version a complaint is at: a save must name the version it was read at. */
    @Transactional(readOnly = true)
    public int version(String reference) {
        var versions = jdbc.queryForList("select version from complaint where reference = ?", Integer.class, reference);
        return versions.isEmpty() ? -1 : versions.get(0);
    }

    /** Someone saved the complaint after the page was opened: nothing was saved. */
    public static final class StaleComplaintException extends RuntimeException {
        StaleComplaintException(String reference) {
            super("complaint " + reference + " was saved by someone else since the page was opened");
        }
    }

    /**
     * Saves the complaint if it is still at {@code version}; otherwise refuses ({@link StaleComplaintException}),
     * having changed nothing, so the caller's transaction may go on to show and audit the refusal.
     */
    @Transactional(noRollbackFor = StaleComplaintException.class)
    public void update(Complaint c, String summary, LoggedComplaint.MadeBy madeBy, String username, int version) {
        int n = jdbc.update("update complaint set version = version + 1 where reference = ? and version = ?",
                c.reference(), version);
        if (n != 1) {
            if (version(c.reference()) < 0) {
                throw new IllegalArgumentException("no complaint " + c.reference());
            }
            throw new StaleComplaintException(c.reference());
        }
        update(c, summary, madeBy, username);
    }

    /** Saves the stages of a complaint already logged (its child never changes), whatever its version. */
    @Transactional
    public void update(Complaint c, String summary, LoggedComplaint.MadeBy madeBy, String username) {
        int n = jdbc.update("update complaint set received = ?, summary = ?, made_by = ?, stage1_extended = ?, stage1_responded = ?, "
                + "stage2_requested = ?, stage2_extended = ?, stage2_responded = ?, stage3_requested = ?, panel_held = ?, "
                + "panel_reported = ?, authority_responded = ?, recorded_by = ?, updated_at = ? where reference = ?",
                c.received(), summary, madeBy.name(), c.stage1Extended(), c.stage1Responded(), c.stage2Requested(), c.stage2Extended(),
                c.stage2Responded(), c.stage3Requested(), c.panelHeld(), c.panelReported(), c.authorityResponded(),
                username, LocalDateTime.now(clock), c.reference());
        if (n != 1) {
            throw new IllegalArgumentException("no complaint " + c.reference());
        }
    }

    private static final String SELECT = "select c.reference, c.child_id, c.received, c.stage1_extended, "
            + "c.stage1_responded, c.stage2_requested, c.stage2_extended, c.stage2_responded, c.stage3_requested, "
            + "c.panel_held, c.panel_reported, c.authority_responded, c.summary, ch.given_name, ch.family_name, "
            + "c.recorded_by, c.updated_at, c.made_by from complaint c join child ch on ch.child_id = c.child_id";

    private LoggedComplaint row(ResultSet rs, int n) throws SQLException {
        var complaint = new Complaint(rs.getString(1), rs.getString(2), date(rs, 3), rs.getBoolean(4), date(rs, 5),
                date(rs, 6), rs.getBoolean(7), date(rs, 8), date(rs, 9), date(rs, 10), date(rs, 11), date(rs, 12));
        return new LoggedComplaint(complaint, rs.getString(13), LoggedComplaint.MadeBy.valueOf(rs.getString(18)),
                rs.getString(14) + " " + rs.getString(15),
                rs.getString(16), rs.getTimestamp(17).toLocalDateTime(),
                // in the procedure's order (the rules are declared in it), not by due date
                engine.complaintItems(complaint, today(), settings).stream()
                        .sorted(java.util.Comparator.comparing(org.ourpromise.timescales.DueItem::rule)).toList());
    }

    private static @Nullable LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
