package org.ourpromise.risk;

import static org.ourpromise.children.ChildRows.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The risk room's tables: exploitation risk assessments, high-risk panel membership, missing panel reviews. */
@Repository
public class RiskRegister {

    /** One assessment of CSE or CCE risk, and the referral made with it (to the hub or the panel), if any. */
    public record Assessment(String childId, String kind, RiskLevel level, LocalDate assessedOn, String assessedBy,
            @Nullable String referredTo) {
    }

    /** A child on a high-risk panel (children in care, or care leavers) from a day, with the panel's actions. */
    public record Membership(long id, String childId, String panel, LocalDate addedOn, @Nullable LocalDate removedOn,
            @Nullable String actions, int version) {
        public boolean isCurrentOn(LocalDate day) {
            return !addedOn.isAfter(day) && (removedOn == null || removedOn.isAfter(day));
        }
    }

    private final JdbcTemplate jdbc;

    RiskRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, List<Assessment>> assessments(@Nullable String childId) {
        var map = new HashMap<String, List<Assessment>>();
        jdbc.query("select * from exploitation_risk" + (childId == null ? "" : " where child_id = ?")
                + " order by assessed_on, risk_id", rs -> {
                    map.computeIfAbsent(rs.getString("child_id"), k -> new ArrayList<>()).add(new Assessment(
                            rs.getString("child_id"), rs.getString("kind"), RiskLevel.valueOf(rs.getString("level")),
                            date(rs, "assessed_on"), rs.getString("assessed_by"), rs.getString("referred_to")));
                }, childId == null ? new Object[0] : new Object[] {childId});
        return map;
    }

    public void assess(Assessment a, String username) {
        jdbc.update("insert into exploitation_risk (child_id, kind, level, assessed_on, assessed_by, referred_to,"
                + " recorded_by) values (?,?,?,?,?,?,?)", a.childId(), a.kind(), a.level().name(), a.assessedOn(),
                a.assessedBy(), a.referredTo(), username);
    }

    public Map<String, List<Membership>> memberships(@Nullable String childId) {
        var map = new HashMap<String, List<Membership>>();
        jdbc.query("select * from high_risk_panel" + (childId == null ? "" : " where child_id = ?")
                + " order by added_on, membership_id", rs -> {
                    map.computeIfAbsent(rs.getString("child_id"), k -> new ArrayList<>()).add(new Membership(
                            rs.getLong("membership_id"), rs.getString("child_id"), rs.getString("panel"),
                            date(rs, "added_on"), date(rs, "removed_on"), rs.getString("actions"), rs.getInt("version")));
                }, childId == null ? new Object[0] : new Object[] {childId});
        return map;
    }

    public void addMembership(String childId, String panel, LocalDate addedOn, @Nullable String actions, String username) {
        jdbc.update("insert into high_risk_panel (child_id, panel, added_on, actions, recorded_by) values (?,?,?,?,?)",
                childId, panel, addedOn, actions, username);
    }

    public Map<String, LocalDate> lastMissingPanelReview() {
        var map = new HashMap<String, LocalDate>();
        jdbc.query("select child_id, max(reviewed_on) from missing_panel_review group by child_id",
                rs -> {
                    map.put(rs.getString(1), rs.getObject(2, LocalDate.class));
                });
        return map;
    }

    /** Every child's missing panel review dates, oldest first. */
    public Map<String, List<LocalDate>> missingPanelReviews() {
        var map = new HashMap<String, List<LocalDate>>();
        jdbc.query("select child_id, reviewed_on from missing_panel_review order by reviewed_on, review_id", rs -> {
            map.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getObject(2, LocalDate.class));
        });
        return map;
    }

    public void missingPanelReview(String childId, LocalDate on, @Nullable String actions, String username) {
        jdbc.update("insert into missing_panel_review (child_id, reviewed_on, actions, recorded_by) values (?,?,?,?)",
                childId, on, actions, username);
    }
}
