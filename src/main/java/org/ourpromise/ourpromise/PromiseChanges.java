package org.ourpromise.ourpromise;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes people make to Our Promise: a commitment's wording, a partner's evidence for a year (text, figures and
 * attached files), and reminders to partners. Every editable row is saved with the version it was opened at.
 */
@Service
class PromiseChanges {

    private final JdbcTemplate jdbc;

    PromiseChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A pledge with the account of the partner who made it (null: the partner has no Promise account). */
    record OwnedPledge(long id, long partnerId, String partner, @Nullable String username, int commitmentId,
            String text) {
    }

    /** A year's evidence for one pledge. */
    record Evidence(String text, @Nullable String figures, LocalDate submittedOn, String submittedBy, int version) {
    }

    /** An attached file's description, without its content. */
    record EvidenceFile(long id, long pledgeId, String fileName, String contentType, int sizeBytes) {
    }

    @Transactional(readOnly = true)
    Optional<OwnedPledge> pledge(long id) {
        return jdbc.query("select p.pledge_id, p.partner_id, r.name, r.username, p.commitment_id, p.text from"
                + " promise_pledge p join promise_partner r on r.partner_id = p.partner_id where p.pledge_id = ?",
                (rs, i) -> new OwnedPledge(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6)), id).stream().findFirst();
    }

    @Transactional(readOnly = true)
    Optional<Evidence> evidence(long pledgeId, int year) {
        return jdbc.query("select text, figures, submitted_on, submitted_by, version from promise_evidence"
                + " where pledge_id = ? and report_year = ?", (rs, i) -> new Evidence(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getInt(5)), pledgeId, year)
                .stream().findFirst();
    }

    /**
     * Sends the evidence: the first time when {@code version} is none, else over the version the form was opened at.
     * False when someone saved in between (or sent it first).
     */
    @Transactional
    boolean saveEvidence(long pledgeId, int year, int version, String text, @Nullable String figures, LocalDate on,
            String by) {
        if (version < 0) {
            if (evidence(pledgeId, year).isPresent()) {
                return false;
            }
            jdbc.update("insert into promise_evidence (pledge_id, report_year, text, figures, submitted_on, submitted_by)"
                    + " values (?,?,?,?,?,?)", pledgeId, year, text, figures, on, by);
            return true;
        }
        return jdbc.update("update promise_evidence set text = ?, figures = ?, submitted_on = ?, submitted_by = ?,"
                + " version = version + 1 where pledge_id = ? and report_year = ? and version = ?", text, figures, on, by,
                pledgeId, year, version) == 1;
    }

    @Transactional
    long addFile(long pledgeId, int year, String name, String type, byte[] content, String by, LocalDateTime at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into promise_evidence_file (pledge_id, report_year, file_name,"
                    + " content_type, size_bytes, content, uploaded_by, uploaded_at) values (?,?,?,?,?,?,?,?)",
                    new String[] {"file_id"});
            ps.setLong(1, pledgeId);
            ps.setInt(2, year);
            ps.setString(3, name);
            ps.setString(4, type);
            ps.setInt(5, content.length);
            ps.setBytes(6, content);
            ps.setString(7, by);
            ps.setObject(8, at);
            return ps;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    @Transactional(readOnly = true)
    List<EvidenceFile> files(long pledgeId, int year) {
        return jdbc.query("select file_id, pledge_id, file_name, content_type, size_bytes from promise_evidence_file"
                + " where pledge_id = ? and report_year = ? order by file_id", (rs, i) -> new EvidenceFile(rs.getLong(1),
                        rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5)), pledgeId, year);
    }

    @Transactional(readOnly = true)
    Optional<EvidenceFile> file(long id) {
        return jdbc.query("select file_id, pledge_id, file_name, content_type, size_bytes from promise_evidence_file"
                + " where file_id = ?", (rs, i) -> new EvidenceFile(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5)), id).stream().findFirst();
    }

    @Transactional(readOnly = true)
    byte[] fileContent(long id) {
        return jdbc.queryForObject("select content from promise_evidence_file where file_id = ?", byte[].class, id);
    }

    /** A commitment's wording and version. */
    @Transactional(readOnly = true)
    Optional<Integer> commitmentVersion(int id) {
        return jdbc.query("select version from promise_commitment where commitment_id = ?", (rs, i) -> rs.getInt(1), id)
                .stream().findFirst();
    }

    @Transactional
    boolean updateCommitment(int id, int version, String title, String meaning, String principles) {
        return jdbc.update("update promise_commitment set title = ?, meaning = ?, principles = ?, version = version + 1"
                + " where commitment_id = ? and version = ?", title, meaning, principles, id, version) == 1;
    }

    /** Each partner with its account (null when it has none). */
    @Transactional(readOnly = true)
    Map<Long, String> partnerAccounts() {
        var accounts = new java.util.LinkedHashMap<Long, String>();
        jdbc.query("select partner_id, username from promise_partner order by name",
                rs -> {
                    accounts.put(rs.getLong(1), rs.getString(2));
                });
        return accounts;
    }

    @Transactional(readOnly = true)
    Map<Long, String> partnerNames() {
        var names = new java.util.LinkedHashMap<Long, String>();
        jdbc.query("select partner_id, name from promise_partner order by name", rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
    }

    @Transactional
    void remind(long partnerId, int year, LocalDate on, String by, boolean emailed) {
        jdbc.update("insert into promise_reminder (partner_id, report_year, sent_on, sent_by, emailed) values (?,?,?,?,?)",
                partnerId, year, on, by, emailed);
    }

    /** The last reminder sent to each partner about the year's evidence. */
    @Transactional(readOnly = true)
    Map<Long, LocalDate> lastReminded(int year) {
        var last = new java.util.HashMap<Long, LocalDate>();
        jdbc.query("select partner_id, max(sent_on) from promise_reminder where report_year = ? group by partner_id",
                rs -> {
                    last.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                }, year);
        return last;
    }
}
