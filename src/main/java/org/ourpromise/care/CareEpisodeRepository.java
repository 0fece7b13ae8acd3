package org.ourpromise.care;

import static org.ourpromise.children.ChildRows.date;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRows;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.Visit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The care tables: episodes, statutory visits and plan events. A null child id reads everyone's. */
@Repository
class CareEpisodeRepository {

    private final JdbcTemplate jdbc;

    CareEpisodeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, List<CareEpisode>> episodes(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "care_episode", "started, episode_id", childId, (rs, n) -> new CareEpisode(
                date(rs, "started"), rs.getString("rne"), rs.getString("legal_status"),
                rs.getString("category_of_need"), rs.getString("placement"), rs.getString("provider"),
                date(rs, "ceased"), rs.getString("reason_ceased"), rs.getString("reason_placement_change"),
                rs.getString("home_postcode"), rs.getString("placement_postcode"), rs.getString("urn")));
    }

    Map<String, List<Visit>> visits(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "statutory_visit", "visit_date, visit_id", childId,
                (rs, n) -> new Visit(date(rs, "visit_date"), rs.getString("worker_id"), rs.getBoolean("seen_alone")));
    }

    /** A statutory visit as stored: its id and the version a correction must name. */
    record StoredVisit(long id, Visit visit, int version) {
    }

    List<StoredVisit> storedVisits(String childId) {
        return jdbc.query("select * from statutory_visit where child_id = ? order by visit_date, visit_id",
                (rs, n) -> new StoredVisit(rs.getLong("visit_id"), new Visit(date(rs, "visit_date"),
                        rs.getString("worker_id"), rs.getBoolean("seen_alone")), rs.getInt("version")), childId);
    }

    /** Corrects a visit at the version read; false (nothing changed) when it was changed or withdrawn since. */
    boolean correctVisit(String childId, long id, int version, java.time.LocalDate date, boolean seenAlone) {
        return jdbc.update("update statutory_visit set visit_date = ?, seen_alone = ?, version = version + 1"
                + " where visit_id = ? and child_id = ? and version = ?", date, seenAlone, id, childId, version) == 1;
    }

    /** Withdraws a visit at the version read; false (nothing changed) when it was changed or withdrawn since. */
    boolean withdrawVisit(String childId, long id, int version) {
        return jdbc.update("delete from statutory_visit where visit_id = ? and child_id = ? and version = ?", id,
                childId, version) == 1;
    }

    Map<String, List<PlanEvent>> plans(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "plan_event", "event_date, plan_event_id", childId,
                (rs, n) -> new PlanEvent(PlanEvent.Kind.valueOf(rs.getString("kind")), date(rs, "event_date"),
                        rs.getObject("interval_weeks", Integer.class)));
    }

    /** The child's plans, notifications and agreements as stored, with their row ids and versions, to correct one. */
    List<org.ourpromise.casefile.StoredEvent> storedPlans(String childId) {
        return jdbc.query("select * from plan_event where child_id = ? order by event_date, plan_event_id", (rs, n) -> {
            var plan = new PlanEvent(PlanEvent.Kind.valueOf(rs.getString("kind")), date(rs, "event_date"),
                    rs.getObject("interval_weeks", Integer.class));
            return new org.ourpromise.casefile.StoredEvent(rs.getLong("plan_event_id"), plan.kind().name(), plan.date(),
                    null, null, PlanCorrections.words(plan.kind(), plan.date()), rs.getInt("version"));
        }, childId);
    }

    /** Corrects a plan's date at the version read; false (nothing changed) when changed or withdrawn since. */
    boolean correctPlan(String childId, long id, int version, java.time.LocalDate date) {
        return jdbc.update("update plan_event set event_date = ?, version = version + 1 where plan_event_id = ?"
                + " and child_id = ? and version = ?", date, id, childId, version) == 1;
    }

    /** Withdraws a plan at the version read; false (nothing changed) when changed or withdrawn since. */
    boolean withdrawPlan(String childId, long id, int version) {
        return jdbc.update("delete from plan_event where plan_event_id = ? and child_id = ? and version = ?", id,
                childId, version) == 1;
    }

    void insertEpisodes(String childId, List<CareEpisode> episodes) {
        insertAllEpisodes(Map.of(childId, episodes));
    }

    /** Adds rows for many children in one batch per table (imports and demo data). */
    void insertAllEpisodes(Map<String, List<CareEpisode>> byChild) {
        jdbc.batchUpdate("insert into care_episode (child_id, started, rne, legal_status, category_of_need, placement,"
                + " provider, ceased, reason_ceased, reason_placement_change, home_postcode, placement_postcode, urn)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                ChildRows.batch(byChild, (id, e) -> new Object[] {id, e.started(), e.reasonNewEpisode(),
                e.legalStatus(), e.categoryOfNeed(), e.placement(), e.provider(), e.ceased(), e.reasonCeased(),
                e.reasonPlacementChange(), e.homePostcode(), e.placementPostcode(), e.urn()}));
    }

    /** Replaces the child's episodes with a chain the caller has already checked. */
    void replaceEpisodes(String childId, List<CareEpisode> episodes) {
        jdbc.update("delete from care_episode where child_id = ?", childId);
        insertEpisodes(childId, episodes);
    }

    void insertVisits(String childId, List<Visit> visits) {
        insertAllVisits(Map.of(childId, visits));
    }

    /** Adds rows for many children in one batch per table (imports and demo data). */
    void insertAllVisits(Map<String, List<Visit>> byChild) {
        jdbc.batchUpdate("insert into statutory_visit (child_id, visit_date, worker_id, seen_alone) values (?,?,?,?)",
                ChildRows.batch(byChild, (id, v) -> new Object[] {id, v.date(), v.workerId(), v.seenAlone()}));
    }

    void insertPlans(String childId, List<PlanEvent> plans) {
        insertAllPlans(Map.of(childId, plans));
    }

    /** Adds rows for many children in one batch per table (imports and demo data). */
    void insertAllPlans(Map<String, List<PlanEvent>> byChild) {
        jdbc.batchUpdate("insert into plan_event (child_id, kind, event_date, interval_weeks) values (?,?,?,?)",
                ChildRows.batch(byChild, (id, p) -> new Object[] {id, p.kind().name(), p.date(), p.intervalWeeks()}));
    }
}
