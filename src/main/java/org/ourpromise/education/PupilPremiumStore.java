package org.ourpromise.education;

import static org.ourpromise.children.ChildRows.date;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Pupil Premium Plus payments by child (a null child id reads everyone's). */
@Repository
class PupilPremiumStore {

    private final JdbcTemplate jdbc;

    PupilPremiumStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, List<PupilPremiumPayment>> payments(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "pupil_premium_payment", "paid_on, pupil_premium_payment_id", childId,
                (rs, n) -> new PupilPremiumPayment(rs.getLong("pupil_premium_payment_id"), rs.getString("child_id"),
                        rs.getString("urn"), date(rs, "pep_date"), date(rs, "paid_on"), rs.getBigDecimal("amount"),
                        rs.getString("purpose")));
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
