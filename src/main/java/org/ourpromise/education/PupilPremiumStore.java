package org.ourpromise.education;

import static org.ourpromise.children.ChildRows.date;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Pupil Premium Plus payments by child (a null child id reads everyone's). {@link #payments} gives the payments that
 * stand, which every figure counts; {@link #everyPayment} adds the withdrawn ones, for the statements that show them.
 */
@Repository
class PupilPremiumStore {

    private final JdbcTemplate jdbc;

    PupilPremiumStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The payments that stand (withdrawn ones left out). */
    Map<String, List<PupilPremiumPayment>> payments(@Nullable String childId) {
        var all = everyPayment(childId);
        var out = new java.util.HashMap<String, List<PupilPremiumPayment>>();
        all.forEach((child, list) -> {
            var standing = list.stream().filter(PupilPremiumPayment::stands).toList();
            if (!standing.isEmpty()) {
                out.put(child, standing);
            }
        });
        return out;
    }

    /** Every payment, withdrawn ones too. */
    Map<String, List<PupilPremiumPayment>> everyPayment(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "pupil_premium_payment", "paid_on, pupil_premium_payment_id", childId,
                (rs, n) -> {
                    var at = rs.getTimestamp("withdrawn_at");
                    return new PupilPremiumPayment(rs.getLong("pupil_premium_payment_id"), rs.getString("child_id"),
                            rs.getString("urn"), date(rs, "pep_date"), date(rs, "paid_on"), rs.getBigDecimal("amount"),
                            rs.getString("purpose"), rs.getInt("version"), at == null ? null
                                    : new PupilPremiumPayment.Withdrawal(rs.getString("withdrawn_by"),
                                            at.toLocalDateTime(), rs.getString("withdrawn_reason")));
                });
    }

    /** Changes a payment that stands, at the version the page showed; false (nothing changed) when it has moved on. */
    boolean change(PupilPremiumPayment p, int version) {
        return jdbc.update("update pupil_premium_payment set urn = ?, pep_date = ?, paid_on = ?, financial_year = ?,"
                + " amount = ?, purpose = ?, version = version + 1 where pupil_premium_payment_id = ? and child_id = ?"
                + " and version = ? and withdrawn_at is null", p.urn(), p.pepDate(), p.paidOn(),
                p.financialYear().startYear(), p.amount(), p.purpose(), p.id(), p.childId(), version) == 1;
    }

    /** Withdraws a payment that stands, at the version the page showed; false (nothing changed) when it has moved on. */
    boolean withdraw(String childId, long id, int version, String username, java.time.LocalDateTime at,
            String reason) {
        return jdbc.update("update pupil_premium_payment set withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ?,"
                + " version = version + 1 where pupil_premium_payment_id = ? and child_id = ? and version = ?"
                + " and withdrawn_at is null", java.sql.Timestamp.valueOf(at), username, reason, id, childId,
                version) == 1;
    }

    void add(PupilPremiumPayment p, String username) {
        addAll(List.of(p), username);
    }

    void addAll(List<PupilPremiumPayment> payments, String username) {
        jdbc.batchUpdate("insert into pupil_premium_payment (child_id, financial_year, urn, pep_date, paid_on, amount, "
                + "purpose, recorded_by) values (?,?,?,?,?,?,?,?)", payments.stream().map(p -> new Object[] {
                    p.childId(), p.financialYear().startYear(), p.urn(), p.pepDate(), p.paidOn(), p.amount(),
                    p.purpose(), username}).toList());
    }

    /** Locks the child's row so two payments for one child are checked against what is left one after the other. */
    void lock(String childId) {
        jdbc.queryForList("select child_id from child where child_id = ? for update", childId);
    }
}
