package org.ourpromise.leavers;

import static org.ourpromise.children.ChildRows.date;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.cluster.DataVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The care leavers' offer as recorded: the basis of each young person's entitlement and their Staying Put and
 * Staying Close arrangements. {@link #dutyEnds} gives every young person's end of duty for the deadline engine.
 * Changes carry the version read; a stale one changes nothing and answers false. An arrangement added or changed
 * raises the records' data version (the care leavers' figures kept against it count Staying Put).
 */
@Repository
public class LeavingCareOffer {

    /** Staying Put (with the former foster carer) or Staying Close (near the former children's home). */
    public enum Kind {
        STAYING_PUT("Staying Put"), STAYING_CLOSE("Staying Close");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** An arrangement: the carer or provider, its span, the weekly cost and support to the former foster carer. */
    public record StayingArrangement(long id, String childId, Kind kind, String carer, LocalDate started,
            @Nullable LocalDate ended, BigDecimal weeklyCost, BigDecimal carerSupport, @Nullable LocalDate supportUntil,
            @Nullable LocalDate lastMonitored, int version) {
        public boolean isCurrentOn(LocalDate day) {
            return !started.isAfter(day) && (ended == null || ended.isAfter(day));
        }
    }

    private final JdbcTemplate jdbc;
    private final DataVersion versions;

    LeavingCareOffer(JdbcTemplate jdbc, DataVersion versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    public Map<String, LeavingCareEntitlement> entitlements(@Nullable String childId) {
        var map = new HashMap<String, LeavingCareEntitlement>();
        jdbc.query("select * from leaving_care_entitlement" + (childId == null ? "" : " where child_id = ?"), rs -> {
            map.put(rs.getString("child_id"), new LeavingCareEntitlement(EntitlementBasis.valueOf(rs.getString("basis")),
                    date(rs, "recorded_on"), date(rs, "programme_ends"), date(rs, "declined_on"), rs.getInt("version")));
        }, childId == null ? new Object[0] : new Object[] {childId});
        return map;
    }

    /** Records the basis for the first time, or changes the one read at its version; false when stale. */
    public boolean saveEntitlement(String childId, LeavingCareEntitlement e, boolean isNew, String username) {
        if (isNew) {
            return jdbc.update("insert into leaving_care_entitlement (child_id, basis, recorded_on, programme_ends,"
                    + " declined_on, recorded_by) select ?,?,?,?,?,? where not exists (select 1 from"
                    + " leaving_care_entitlement where child_id = ?)", childId, e.basis().name(), e.recordedOn(),
                    e.programmeEnds(), e.declinedOn(), username, childId) == 1;
        }
        return jdbc.update("update leaving_care_entitlement set basis = ?, recorded_on = ?, programme_ends = ?,"
                + " declined_on = ?, recorded_by = ?, version = version + 1 where child_id = ? and version = ?",
                e.basis().name(), e.recordedOn(), e.programmeEnds(), e.declinedOn(), username, childId,
                e.version()) == 1;
    }

    /** Every young person's end of duty whose basis is recorded, by child (the rest: their 21st birthday). */
    public Map<String, LocalDate> dutyEnds(Map<String, LocalDate> datesOfBirth) {
        var recorded = entitlements(null);
        var map = new HashMap<String, LocalDate>();
        datesOfBirth.forEach((id, dob) -> map.put(id, LeavingCareEntitlements.dutyEnds(dob, recorded.get(id))));
        return map;
    }

    public List<StayingArrangement> arrangements(@Nullable String childId) {
        return jdbc.query("select * from staying_arrangement" + (childId == null ? "" : " where child_id = ?")
                + " order by started, arrangement_id", LeavingCareOffer::arrangement,
                childId == null ? new Object[0] : new Object[] {childId});
    }

    public java.util.Optional<StayingArrangement> arrangement(String childId, long id) {
        return jdbc.query("select * from staying_arrangement where child_id = ? and arrangement_id = ?",
                LeavingCareOffer::arrangement, childId, id).stream().findFirst();
    }

    /** Adds an arrangement and answers its id. */
    public long addArrangement(StayingArrangement a, String username) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into staying_arrangement (child_id, kind, carer, started, ended,"
                    + " weekly_cost, carer_support, support_until, last_monitored, recorded_by)"
                    + " values (?,?,?,?,?,?,?,?,?,?)", new String[] {"arrangement_id"});
            ps.setString(1, a.childId());
            ps.setString(2, a.kind().name());
            ps.setString(3, a.carer());
            ps.setObject(4, a.started());
            ps.setObject(5, a.ended(), java.sql.Types.DATE);
            ps.setBigDecimal(6, a.weeklyCost());
            ps.setBigDecimal(7, a.carerSupport());
            ps.setObject(8, a.supportUntil(), java.sql.Types.DATE);
            ps.setObject(9, a.lastMonitored(), java.sql.Types.DATE);
            ps.setString(10, username);
            return ps;
        }, keys);
        versions.recordChanged(a.childId()); // the care leavers' figures count Staying Put: kept ones are stale
        return keys.getKey().longValue();
    }

    /** Changes the arrangement read at its version (its monitoring is recorded apart); false when stale. */
    public boolean updateArrangement(StayingArrangement a, String username) {
        boolean changed = jdbc.update("update staying_arrangement set kind = ?, carer = ?, started = ?, ended = ?,"
                + " weekly_cost = ?, carer_support = ?, support_until = ?, recorded_by = ?, version = version + 1"
                + " where arrangement_id = ? and child_id = ? and version = ?", a.kind().name(), a.carer(), a.started(),
                a.ended(), a.weeklyCost(), a.carerSupport(), a.supportUntil(), username, a.id(), a.childId(),
                a.version()) == 1;
        if (changed) {
            versions.recordChanged(a.childId());
        }
        return changed;
    }

    /** A monitoring visit or check of an arrangement. */
    public record Check(long id, long arrangementId, String childId, LocalDate checkedOn, String how, String notes,
            String recordedBy) {
    }

    /** Records a check; the arrangement's last monitored day moves to it when later (its version unchanged). */
    public void addCheck(Check c, String username) {
        jdbc.update("insert into staying_monitoring (arrangement_id, child_id, checked_on, how, notes, recorded_by)"
                + " values (?,?,?,?,?,?)", c.arrangementId(), c.childId(), c.checkedOn(), c.how(), c.notes(), username);
        jdbc.update("update staying_arrangement set last_monitored = ? where arrangement_id = ? and (last_monitored"
                + " is null or last_monitored < ?)", c.checkedOn(), c.arrangementId(), c.checkedOn());
    }

    /** The checks of one young person's arrangements (or everyone's), latest first. */
    public List<Check> checks(@Nullable String childId) {
        return jdbc.query("select * from staying_monitoring" + (childId == null ? "" : " where child_id = ?")
                + " order by checked_on desc, monitoring_id desc", (rs, n) -> new Check(rs.getLong("monitoring_id"),
                rs.getLong("arrangement_id"), rs.getString("child_id"), date(rs, "checked_on"), rs.getString("how"),
                rs.getString("notes"), rs.getString("recorded_by")),
                childId == null ? new Object[0] : new Object[] {childId});
    }

    private static StayingArrangement arrangement(ResultSet rs, int n) throws SQLException {
        return new StayingArrangement(rs.getLong("arrangement_id"), rs.getString("child_id"),
                Kind.valueOf(rs.getString("kind")), rs.getString("carer"), date(rs, "started"), date(rs, "ended"),
                rs.getBigDecimal("weekly_cost"), rs.getBigDecimal("carer_support"), date(rs, "support_until"),
                date(rs, "last_monitored"),
                rs.getInt("version"));
    }
}
