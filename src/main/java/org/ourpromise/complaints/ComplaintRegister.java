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
        String prefix = "CP" + received.getYear() + "-";
        Integer last = jdbc.queryForObject("select max(cast(substring(reference, 8) as int)) from complaint "
                + "where reference like ?", Integer.class, prefix + "%");
        String reference = prefix + String.format("%04d", (last == null ? 0 : last) + 1);
        jdbc.update("insert into complaint (reference, child_id, received, summary, made_by, recorded_by, updated_at) "
                + "values (?,?,?,?,?,?,?)", reference, childId, received, summary, madeBy.name(), username,
                LocalDateTime.now(clock));
        return reference;
    }

    /** Saves the stages of a complaint already logged (its child never changes). */
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
