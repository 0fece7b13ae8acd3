package org.ourpromise.permanence;

import static org.ourpromise.children.ChildRows.date;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.cluster.DataVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The permanence plans and Permanence Panel meetings. Changes carry the version read: a save made from a stale
 * page changes nothing and answers false, so the caller can say so.
 */
@Repository
public class PermanenceStore {

    /** A panel meeting: when, who chaired it, and its version. */
    public record Panel(long id, LocalDate meetsOn, String chair, int version) {
    }

    /** A child on a meeting's agenda, with the decision once made. */
    public record AgendaItem(long panelId, String childId, @Nullable PanelDecision decision, @Nullable String note,
            int version) {
    }

    private final JdbcTemplate jdbc;
    private final DataVersion versions;

    PermanenceStore(JdbcTemplate jdbc, DataVersion versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    /** Raises the permanence tables' data version (in the caller's transaction) when something changed. */
    private <T> T changed(T result) {
        if (!(result instanceof Boolean b) || b) {
            versions.changed(DataVersion.Area.PERMANENCE);
        }
        return result;
    }

    /** Each child's current plan: the one set last (the latest recorded on a tie). */
    public Map<String, PermanencePlan> currentPlans(@Nullable String childId) {
        var map = new HashMap<String, PermanencePlan>();
        for (var p : plans(childId)) {
            map.put(p.childId(), p);
        }
        return map;
    }

    /** Every plan recorded, in the order they were set. */
    public List<PermanencePlan> plans(@Nullable String childId) {
        return jdbc.query("select * from permanence_plan" + (childId == null ? "" : " where child_id = ?")
                + " order by set_on, plan_id", PermanenceStore::plan,
                childId == null ? new Object[0] : new Object[] {childId});
    }

    public long addPlan(String childId, PermanenceOption option, LocalDate setOn, @Nullable LocalDate achievedOn,
            @Nullable Achievement how, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("insert into permanence_plan (child_id, plan, set_on, achieved_on, achieved_how,"
                    + " recorded_by) values (?,?,?,?,?,?)", new String[] {"plan_id"});
            s.setString(1, childId);
            s.setString(2, option.name());
            s.setObject(3, setOn);
            s.setObject(4, achievedOn);
            s.setString(5, how == null ? null : how.name());
            s.setString(6, username);
            return s;
        }, keys);
        return changed(keys.getKey().longValue());
    }

    /** Saves a change to a plan read at {@code version}; false when someone changed it since. */
    public boolean updatePlan(PermanencePlan p, String username) {
        return changed(jdbc.update("update permanence_plan set plan = ?, set_on = ?, achieved_on = ?, achieved_how = ?,"
                + " recorded_by = ?, version = version + 1 where plan_id = ? and child_id = ? and version = ?",
                p.option().name(), p.setOn(), p.achievedOn(), p.achievedHow() == null ? null : p.achievedHow().name(),
                username, p.id(), p.childId(), p.version()) == 1);
    }

    public List<Panel> panels() {
        return jdbc.query("select * from permanence_panel order by meets_on desc, panel_id desc", PermanenceStore::panel);
    }

    public Optional<Panel> panel(long id) {
        return jdbc.query("select * from permanence_panel where panel_id = ?", PermanenceStore::panel, id).stream()
                .findFirst();
    }

    public long addPanel(LocalDate meetsOn, String chair, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("insert into permanence_panel (meets_on, chair, recorded_by) values (?,?,?)",
                    new String[] {"panel_id"});
            s.setObject(1, meetsOn);
            s.setString(2, chair);
            s.setString(3, username);
            return s;
        }, keys);
        return changed(keys.getKey().longValue());
    }

    public List<AgendaItem> agenda(long panelId) {
        return jdbc.query("select * from permanence_panel_child where panel_id = ? order by child_id",
                PermanenceStore::item, panelId);
    }

    /** Puts a child on a meeting's agenda; false when they are on it already. */
    public boolean present(long panelId, String childId) {
        Integer n = jdbc.queryForObject("select count(*) from permanence_panel_child where panel_id = ? and child_id = ?",
                Integer.class, panelId, childId);
        if (n != null && n > 0) {
            return false;
        }
        jdbc.update("insert into permanence_panel_child (panel_id, child_id) values (?,?)", panelId, childId);
        return changed(true);
    }

    /** Records the panel's decision for a child read at {@code version}; false when someone changed it since. */
    public boolean decide(long panelId, String childId, PanelDecision decision, @Nullable String note, int version) {
        return changed(jdbc.update("update permanence_panel_child set decision = ?, note = ?, version = version + 1"
                + " where panel_id = ? and child_id = ? and version = ?", decision.name(), note, panelId, childId,
                version) == 1);
    }

    /** Every child's presentations to the panel, by child. */
    public Map<String, List<PanelOutcome>> outcomes(@Nullable String childId) {
        var map = new HashMap<String, List<PanelOutcome>>();
        jdbc.query("select pc.child_id, p.panel_id, p.meets_on, p.chair, pc.decision from permanence_panel_child pc"
                + " join permanence_panel p on p.panel_id = pc.panel_id" + (childId == null ? "" : " where pc.child_id = ?")
                + " order by p.meets_on, p.panel_id", rs -> {
                    map.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(new PanelOutcome(
                            rs.getLong(2), date(rs, "meets_on"), rs.getString(4), decision(rs.getString(5))));
                }, childId == null ? new Object[0] : new Object[] {childId});
        return map;
    }

    private static @Nullable PanelDecision decision(@Nullable String s) {
        return s == null ? null : PanelDecision.valueOf(s);
    }

    private static PermanencePlan plan(ResultSet rs, int n) throws SQLException {
        String how = rs.getString("achieved_how");
        return new PermanencePlan(rs.getLong("plan_id"), rs.getString("child_id"),
                PermanenceOption.valueOf(rs.getString("plan")), date(rs, "set_on"), date(rs, "achieved_on"),
                how == null ? null : Achievement.valueOf(how), rs.getInt("version"));
    }

    private static Panel panel(ResultSet rs, int n) throws SQLException {
        return new Panel(rs.getLong("panel_id"), date(rs, "meets_on"), rs.getString("chair"), rs.getInt("version"));
    }

    private static AgendaItem item(ResultSet rs, int n) throws SQLException {
        return new AgendaItem(rs.getLong("panel_id"), rs.getString("child_id"), decision(rs.getString("decision")),
                rs.getString("note"), rs.getInt("version"));
    }
}
