package org.ourpromise.permanence;

import static org.ourpromise.children.ChildRows.date;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.cluster.DataVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Special guardianship and child arrangements orders and the support after them. A change carries the version
 * read: a save from a stale page changes nothing and answers false.
 */
@Repository
public class PermanenceOrders {

    private final JdbcTemplate jdbc;
    private final DataVersion versions;

    PermanenceOrders(JdbcTemplate jdbc, DataVersion versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    /** The child's order: the latest recorded (a child has one order at a time). */
    public Optional<PermanenceOrder> order(String childId) {
        return jdbc.query("select * from permanence_order where child_id = ? order by order_id desc",
                PermanenceOrders::order, childId).stream().findFirst();
    }

    /** Every order, for the figures; a null kind reads both. */
    public List<PermanenceOrder> orders(PermanenceOrder.@Nullable Kind kind) {
        return jdbc.query("select * from permanence_order" + (kind == null ? "" : " where kind = ?")
                + " order by order_id", PermanenceOrders::order, kind == null ? new Object[0] : new Object[] {kind.name()});
    }

    public void add(PermanenceOrder o, String username) {
        jdbc.update("insert into permanence_order (child_id, kind, carers, assessed_on, support_plan_on, support_plan,"
                + " made_on, allowance_weekly, allowance_from, allowance_to, recorded_by) values (?,?,?,?,?,?,?,?,?,?,?)",
                o.childId(), o.kind().name(), o.carers(), o.assessedOn(), o.supportPlanOn(), o.supportPlan(),
                o.madeOn(), o.allowanceWeekly(), o.allowanceFrom(), o.allowanceTo(), username);
        versions.changed(DataVersion.Area.PERMANENCE);
    }

    /** Saves a change to an order read at its version; false when someone changed it since. */
    public boolean update(PermanenceOrder o, String username) {
        boolean saved = jdbc.update("update permanence_order set kind = ?, carers = ?, assessed_on = ?, support_plan_on = ?,"
                + " support_plan = ?, made_on = ?, allowance_weekly = ?, allowance_from = ?, allowance_to = ?,"
                + " recorded_by = ?, version = version + 1 where order_id = ? and child_id = ? and version = ?",
                o.kind().name(), o.carers(), o.assessedOn(), o.supportPlanOn(), o.supportPlan(), o.madeOn(),
                o.allowanceWeekly(), o.allowanceFrom(), o.allowanceTo(), username, o.id(), o.childId(),
                o.version()) == 1;
        if (saved) {
            versions.changed(DataVersion.Area.PERMANENCE);
        }
        return saved;
    }

    public List<PostOrderSupport> support(long orderId) {
        return jdbc.query("select * from post_order_support where order_id = ? order by happened_on, support_id",
                PermanenceOrders::support, orderId);
    }

    /**
     * The latest request or review of each order's support whose next review falls on or before {@code by}: the
     * reviews still to hold. A later request or review of the same order replaces it (it set its own next date).
     */
    public List<PostOrderSupport> supportReviewsDueBy(LocalDate by) {
        return jdbc.query("select s.* from post_order_support s where s.next_review <= ? and not exists (select 1"
                + " from post_order_support later where later.order_id = s.order_id and (later.happened_on > s.happened_on"
                + " or (later.happened_on = s.happened_on and later.support_id > s.support_id)))"
                + " order by s.next_review, s.support_id", PermanenceOrders::support, by);
    }

    public void addSupport(PostOrderSupport s, String username) {
        jdbc.update("insert into post_order_support (order_id, child_id, kind, happened_on, what, outcome, next_review,"
                + " recorded_by) values (?,?,?,?,?,?,?,?)", s.orderId(), s.childId(), s.kind().name(), s.on(), s.what(),
                s.outcome(), s.nextReview(), username);
        versions.changed(DataVersion.Area.PERMANENCE);
    }

    private static PermanenceOrder order(ResultSet rs, int n) throws SQLException {
        return new PermanenceOrder(rs.getLong("order_id"), rs.getString("child_id"),
                PermanenceOrder.Kind.valueOf(rs.getString("kind")), rs.getString("carers"), date(rs, "assessed_on"),
                date(rs, "support_plan_on"), rs.getString("support_plan"), date(rs, "made_on"),
                rs.getBigDecimal("allowance_weekly"), date(rs, "allowance_from"), date(rs, "allowance_to"),
                rs.getInt("version"));
    }

    private static PostOrderSupport support(ResultSet rs, int n) throws SQLException {
        return new PostOrderSupport(rs.getLong("support_id"), rs.getLong("order_id"), rs.getString("child_id"),
                PostOrderSupport.Kind.valueOf(rs.getString("kind")), date(rs, "happened_on"), rs.getString("what"),
                rs.getString("outcome"), date(rs, "next_review"));
    }
}
