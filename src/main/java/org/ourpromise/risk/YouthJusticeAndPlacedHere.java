package org.ourpromise.risk;

import static org.ourpromise.children.ChildRows.date;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The risk room's youth justice records and its register of other councils' children placed in our area. A change
 * carries the version read: a save from a stale page changes nothing and answers false.
 */
@Repository
public class YouthJusticeAndPlacedHere {

    private final JdbcTemplate jdbc;

    YouthJusticeAndPlacedHere(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Youth justice records by child (one child's, or everyone's when null), oldest first. */
    public Map<String, List<YouthJustice>> youthJustice(@Nullable String childId) {
        var map = new HashMap<String, List<YouthJustice>>();
        jdbc.query("select * from youth_justice" + (childId == null ? "" : " where child_id = ?")
                + " order by started, yj_id", rs -> {
                    var y = youthJustice(rs);
                    map.computeIfAbsent(y.childId(), k -> new ArrayList<>()).add(y);
                }, childId == null ? new Object[0] : new Object[] {childId});
        return map;
    }

    public Optional<YouthJustice> youthJusticeRecord(long id) {
        return jdbc.query("select * from youth_justice where yj_id = ?", (rs, n) -> youthJustice(rs), id).stream()
                .findFirst();
    }

    public void addYouthJustice(YouthJustice y, String username) {
        jdbc.update("insert into youth_justice (child_id, yos_worker, kind, description, started, ended, recorded_by)"
                + " values (?,?,?,?,?,?,?)", y.childId(), y.yosWorker(), y.kind().name(), y.description(), y.started(),
                y.ended(), username);
    }

    /** Saves a change read at its version; false when someone changed it since. */
    public boolean updateYouthJustice(YouthJustice y, String username) {
        return jdbc.update("update youth_justice set yos_worker = ?, kind = ?, description = ?, started = ?, ended = ?,"
                + " recorded_by = ?, version = version + 1 where yj_id = ? and child_id = ? and version = ?",
                y.yosWorker(), y.kind().name(), y.description(), y.started(), y.ended(), username, y.id(), y.childId(),
                y.version()) == 1;
    }

    /** The register, newest placement first. */
    public List<PlacedHere> placedHere() {
        return jdbc.query("select * from placed_in_area order by placed_on desc, placement_id desc",
                YouthJusticeAndPlacedHere::placed);
    }

    public Optional<PlacedHere> placedHere(long id) {
        return jdbc.query("select * from placed_in_area where placement_id = ?", YouthJusticeAndPlacedHere::placed, id)
                .stream().findFirst();
    }

    public void addPlacedHere(PlacedHere p, String username) {
        jdbc.update("insert into placed_in_area (reference, home_council, placement, placed_on, notified_on, ended_on,"
                + " recorded_by) values (?,?,?,?,?,?,?)", p.reference(), p.homeCouncil(), p.placement(), p.placedOn(),
                p.notifiedOn(), p.endedOn(), username);
    }

    /** Saves a change read at its version; false when someone changed it since. */
    public boolean updatePlacedHere(PlacedHere p, String username) {
        return jdbc.update("update placed_in_area set reference = ?, home_council = ?, placement = ?, placed_on = ?,"
                + " notified_on = ?, ended_on = ?, recorded_by = ?, version = version + 1 where placement_id = ?"
                + " and version = ?", p.reference(), p.homeCouncil(), p.placement(), p.placedOn(), p.notifiedOn(),
                p.endedOn(), username, p.id(), p.version()) == 1;
    }

    private static YouthJustice youthJustice(ResultSet rs) throws SQLException {
        return new YouthJustice(rs.getLong("yj_id"), rs.getString("child_id"), rs.getString("yos_worker"),
                YouthJustice.Kind.valueOf(rs.getString("kind")), rs.getString("description"), date(rs, "started"),
                date(rs, "ended"), rs.getInt("version"));
    }

    private static PlacedHere placed(ResultSet rs, int n) throws SQLException {
        return new PlacedHere(rs.getLong("placement_id"), rs.getString("reference"), rs.getString("home_council"),
                rs.getString("placement"), date(rs, "placed_on"), date(rs, "notified_on"), date(rs, "ended_on"),
                rs.getInt("version"));
    }
}
