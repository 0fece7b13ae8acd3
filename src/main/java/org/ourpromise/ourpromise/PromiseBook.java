package org.ourpromise.ourpromise;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The commitments, the partners who signed up, their pledges and their evidence each year. */
@Repository
public class PromiseBook {

    private final JdbcTemplate jdbc;

    PromiseBook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    /** The year partners report on: the last complete year (April to March). */
    public static int reportYear(LocalDate today) {
        return org.ourpromise.returns.Ssda903Dates.collectionYearOf(today) - 1;
    }

    /** A partner's evidence for the year is due three months after the year ends (30 June). */
    public static LocalDate evidenceDue(int year) {
        return org.ourpromise.returns.Ssda903Dates.collectionEnd(year).plusMonths(3);
    }

    public boolean hasPartners() {
        Long n = jdbc.queryForObject("select count(*) from promise_partner", Long.class);
        return n != null && n > 0;
    }

    /** Signs a partner or team up; {@code username} is its Promise account, if it has one. */
    @Transactional
    public long addPartner(String name, String kind, @Nullable String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into promise_partner (name, kind, username) values (?,?,?)",
                    new String[] {"partner_id"});
            ps.setString(1, name);
            ps.setString(2, kind);
            ps.setString(3, username);
            return ps;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    @Transactional
    public long addPledge(long partnerId, int commitmentId, String text) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into promise_pledge (partner_id, commitment_id, text) values (?,?,?)",
                    new String[] {"pledge_id"});
            ps.setLong(1, partnerId);
            ps.setInt(2, commitmentId);
            ps.setString(3, text);
            return ps;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    @Transactional
    public void addEvidence(long pledgeId, int year, String text, LocalDate submittedOn, String by) {
        jdbc.update("insert into promise_evidence (pledge_id, report_year, text, submitted_on, submitted_by)"
                + " values (?,?,?,?,?)", pledgeId, year, text, submittedOn, by);
    }

    @Transactional(readOnly = true)
    List<Commitment> commitments() {
        return jdbc.query("select * from promise_commitment order by commitment_id", (rs, i) -> Commitment.of(
                rs.getInt("commitment_id"), rs.getString("title"), rs.getString("meaning"), rs.getString("principles")));
    }

    /** Every pledge with its evidence for {@code year}; only the partner whose account is {@code username} if given. */
    @Transactional(readOnly = true)
    public List<Pledge> pledges(int year, @Nullable String username) {
        return jdbc.query("select p.pledge_id, p.partner_id, r.name, p.commitment_id, p.text, e.text evidence,"
                + " e.submitted_on from promise_pledge p join promise_partner r on r.partner_id = p.partner_id"
                + " left join promise_evidence e on e.pledge_id = p.pledge_id and e.report_year = ?"
                // "cast(? as varchar)": PostgreSQL cannot type a bare null parameter in "? is null"
                + " where (cast(? as varchar) is null or r.username = ?) order by r.name, p.commitment_id, p.pledge_id",
                (rs, i) -> new Pledge(rs.getLong("pledge_id"), rs.getLong("partner_id"), rs.getString("name"),
                        rs.getInt("commitment_id"), rs.getString("text"), rs.getString("evidence"),
                        rs.getObject("submitted_on", LocalDate.class)), year, username, username);
    }
}
