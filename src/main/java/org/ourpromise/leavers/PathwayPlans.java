package org.ourpromise.leavers;

import static org.ourpromise.children.ChildRows.date;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Pathway plans, every version kept (decision 0170): a review saves a new version numbered one after the version
 * read, so two people saving from the same version cannot both succeed (the second is told the plan changed).
 */
@Repository
class PathwayPlans {

    /** Reviewed at least every six months (DOMAIN.md §3.2 row 27). */
    static final int REVIEW_MONTHS = 6;

    /** A goal with the action that gets there and the date it is due by. */
    record Goal(String goal, String action, LocalDate byWhen) {
    }

    /** One version of the plan. */
    record Plan(long id, String childId, int versionNo, LocalDate reviewedOn, String needsAssessment,
            String accommodation, String eet, String health, String finance, String relationships,
            @Nullable String youngPersonsView, @Nullable Integer contactMonths, String recordedBy, List<Goal> goals) {

        public LocalDate nextReviewDue() {
            return reviewedOn.plusMonths(REVIEW_MONTHS);
        }
    }

    private final JdbcTemplate jdbc;

    PathwayPlans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version, newest first. */
    List<Plan> versions(String childId) {
        var plans = jdbc.query("select * from pathway_plan where child_id = ? order by version_no desc",
                PathwayPlans::plan, childId);
        var out = new ArrayList<Plan>();
        for (var p : plans) {
            var goals = jdbc.query("select * from pathway_plan_goal where plan_id = ? order by position",
                    (rs, n) -> new Goal(rs.getString("goal"), rs.getString("action"), date(rs, "by_when")), p.id());
            out.add(new Plan(p.id(), p.childId(), p.versionNo(), p.reviewedOn(), p.needsAssessment(),
                    p.accommodation(), p.eet(), p.health(), p.finance(), p.relationships(), p.youngPersonsView(),
                    p.contactMonths(), p.recordedBy(), goals));
        }
        return out;
    }

    @Nullable Plan current(String childId) {
        var all = versions(childId);
        return all.isEmpty() ? null : all.get(0);
    }

    @Nullable LocalDate lastReviewed(String childId) {
        var found = jdbc.query("select max(reviewed_on) as last from pathway_plan where child_id = ?",
                (rs, n) -> java.util.Optional.ofNullable(date(rs, "last")), childId);
        return found.isEmpty() ? null : found.get(0).orElse(null);
    }

    /** Each version's review day and the contact interval it set, for every young person (or one). */
    java.util.Map<String, List<org.ourpromise.timescales.AdviserContactTerms.PlanInterval>> intervals(
            @Nullable String childId) {
        var map = new java.util.HashMap<String, List<org.ourpromise.timescales.AdviserContactTerms.PlanInterval>>();
        jdbc.query("select child_id, reviewed_on, contact_months from pathway_plan"
                + (childId == null ? "" : " where child_id = ?") + " order by child_id, reviewed_on, version_no", rs -> {
                    int months = rs.getInt("contact_months");
                    map.computeIfAbsent(rs.getString("child_id"), k -> new ArrayList<>()).add(
                            new org.ourpromise.timescales.AdviserContactTerms.PlanInterval(date(rs, "reviewed_on"),
                                    rs.wasNull() ? null : months));
                }, childId == null ? new Object[0] : new Object[] {childId});
        return map;
    }

    /** Every young person's latest version's review day (for the whole council's lists). */
    java.util.Map<String, LocalDate> lastReviewedByChild() {
        var map = new java.util.HashMap<String, LocalDate>();
        jdbc.query("select child_id, max(reviewed_on) as last from pathway_plan group by child_id",
                rs -> {
                    map.put(rs.getString("child_id"), date(rs, "last"));
                });
        return map;
    }

    /**
     * Saves {@code plan} as the version after {@code readVersion} (0 when there was none); false, and nothing saved,
     * when someone saved a version since.
     */
    boolean saveVersion(Plan plan, int readVersion, String username) {
        Integer latest = jdbc.queryForObject("select coalesce(max(version_no), 0) from pathway_plan where child_id = ?",
                Integer.class, plan.childId());
        if (latest == null || latest != readVersion) {
            return false;
        }
        try {
            jdbc.update("insert into pathway_plan (child_id, version_no, reviewed_on, needs_assessment, accommodation,"
                    + " eet, health, finance, relationships, young_persons_view, contact_months, recorded_by)"
                    + " values (?,?,?,?,?,?,?,?,?,?,?,?)", plan.childId(), readVersion + 1, plan.reviewedOn(),
                    plan.needsAssessment(), plan.accommodation(), plan.eet(), plan.health(), plan.finance(),
                    plan.relationships(), plan.youngPersonsView(), plan.contactMonths(), username);
        } catch (DuplicateKeyException e) {
            return false;
        }
        Long id = jdbc.queryForObject("select plan_id from pathway_plan where child_id = ? and version_no = ?",
                Long.class, plan.childId(), readVersion + 1);
        int position = 0;
        for (var g : plan.goals()) {
            jdbc.update("insert into pathway_plan_goal (plan_id, position, goal, action, by_when) values (?,?,?,?,?)",
                    id, position++, g.goal(), g.action(), g.byWhen());
        }
        return true;
    }

    private static Plan plan(ResultSet rs, int n) throws SQLException {
        Integer months = rs.getObject("contact_months", Integer.class);
        return new Plan(rs.getLong("plan_id"), rs.getString("child_id"), rs.getInt("version_no"),
                date(rs, "reviewed_on"), rs.getString("needs_assessment"), rs.getString("accommodation"),
                rs.getString("eet"), rs.getString("health"), rs.getString("finance"), rs.getString("relationships"),
                rs.getString("young_persons_view"), months,
                rs.getString("recorded_by"), List.of());
    }
}
