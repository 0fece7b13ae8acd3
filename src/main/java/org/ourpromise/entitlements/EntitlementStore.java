package org.ourpromise.entitlements;

import static org.ourpromise.children.ChildRows.date;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The entitlements, the local offer as published and the claims. Changes to a claim carry the version read. */
@Repository
public class EntitlementStore {

    /** The local offer as published: when, when consulted on, when it is to be reviewed, and what it says. */
    public record LocalOffer(LocalDate publishedOn, @Nullable LocalDate consultedOn, @Nullable LocalDate reviewBy,
            String summary) {
    }

    private final JdbcTemplate jdbc;

    EntitlementStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entitlement> entitlements() {
        return jdbc.query("select * from entitlement order by active desc, name", EntitlementStore::entitlement);
    }

    public Optional<Entitlement> entitlement(long id) {
        return jdbc.query("select * from entitlement where entitlement_id = ?", EntitlementStore::entitlement, id)
                .stream().findFirst();
    }

    public long addEntitlement(Entitlement e) {
        jdbc.update("insert into entitlement (name, for_whom, min_age, max_age, condition_text, district, limit_amount,"
                + " limit_unit, per_period, annual_budget) values (?,?,?,?,?,?,?,?,?,?)", e.name(), e.forWhom().name(),
                e.minAge(), e.maxAge(), e.condition(), e.district(), e.limit(), e.unit().name(), e.period().name(),
                e.annualBudget());
        Long id = jdbc.queryForObject("select max(entitlement_id) from entitlement", Long.class);
        return id == null ? 0 : id;
    }

    /** Saves a change to an entitlement read at its version; false when someone changed it since. */
    public boolean updateEntitlement(Entitlement e) {
        return jdbc.update("update entitlement set name = ?, for_whom = ?, min_age = ?, max_age = ?, condition_text = ?,"
                + " district = ?, limit_amount = ?, limit_unit = ?, per_period = ?, annual_budget = ?, active = ?,"
                + " version = version + 1 where entitlement_id = ? and version = ?", e.name(), e.forWhom().name(),
                e.minAge(), e.maxAge(), e.condition(), e.district(), e.limit(), e.unit().name(), e.period().name(),
                e.annualBudget(), e.active(), e.id(), e.version()) == 1;
    }

    /** Every version of the local offer published, newest first. */
    public List<LocalOffer> offers() {
        return jdbc.query("select * from local_offer order by published_on desc, offer_id desc", (rs, n) ->
                new LocalOffer(date(rs, "published_on"), date(rs, "consulted_on"), date(rs, "review_by"),
                        rs.getString("summary")));
    }

    public Optional<LocalOffer> localOffer() {
        return jdbc.query("select * from local_offer order by published_on desc, offer_id desc", (rs, n) ->
                new LocalOffer(date(rs, "published_on"), date(rs, "consulted_on"), date(rs, "review_by"),
                        rs.getString("summary"))).stream().findFirst();
    }

    public void publish(LocalOffer offer, String username) {
        jdbc.update("insert into local_offer (published_on, consulted_on, review_by, summary, recorded_by)"
                + " values (?,?,?,?,?)", offer.publishedOn(), offer.consultedOn(), offer.reviewBy(), offer.summary(),
                username);
    }

    /** Claims, newest first; for one child, or every child when null. */
    public List<Claim> claims(@Nullable String childId) {
        return jdbc.query("select * from entitlement_claim" + (childId == null ? "" : " where child_id = ?")
                + " order by requested_on desc, claim_id desc", EntitlementStore::claim,
                childId == null ? new Object[0] : new Object[] {childId});
    }

    public Optional<Claim> claim(long id) {
        return jdbc.query("select * from entitlement_claim where claim_id = ?", EntitlementStore::claim, id).stream()
                .findFirst();
    }

    public void addClaim(Claim c, String username) {
        jdbc.update("insert into entitlement_claim (entitlement_id, child_id, requested_on, amount, purpose, status,"
                + " decided_on, refusal_reason, recorded_by) values (?,?,?,?,?,?,?,?,?)", c.entitlementId(), c.childId(),
                c.requestedOn(), c.amount(), c.purpose(), c.status().name(), c.decidedOn(), c.refusalReason(), username);
    }

    /** Moves a claim read at its version on; false when someone changed it since. */
    public boolean decide(long id, Claim.Status status, LocalDate on, @Nullable String reason, int version,
            String username) {
        return jdbc.update("update entitlement_claim set status = ?, decided_on = ?, refusal_reason = ?, recorded_by = ?,"
                + " version = version + 1 where claim_id = ? and version = ?", status.name(), on, reason, username, id,
                version) == 1;
    }

    private static Entitlement entitlement(ResultSet rs, int n) throws SQLException {
        return new Entitlement(rs.getLong("entitlement_id"), rs.getString("name"),
                Entitlement.ForWhom.valueOf(rs.getString("for_whom")), rs.getInt("min_age"), rs.getInt("max_age"),
                rs.getString("condition_text"), rs.getString("district"), rs.getBigDecimal("limit_amount"),
                Entitlement.Unit.valueOf(rs.getString("limit_unit")), Entitlement.Period.valueOf(rs.getString("per_period")),
                rs.getBigDecimal("annual_budget"), rs.getBoolean("active"), rs.getInt("version"));
    }

    private static Claim claim(ResultSet rs, int n) throws SQLException {
        return new Claim(rs.getLong("claim_id"), rs.getLong("entitlement_id"), rs.getString("child_id"),
                date(rs, "requested_on"), rs.getBigDecimal("amount"), rs.getString("purpose"),
                Claim.Status.valueOf(rs.getString("status")), date(rs, "decided_on"), rs.getString("refusal_reason"),
                rs.getInt("version"));
    }

    static BigDecimal zeroIfNull(@Nullable BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
