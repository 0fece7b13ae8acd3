package org.ourpromise.health;

import static org.ourpromise.children.ChildRows.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRows;
import org.ourpromise.health.HealthServices.Referral;
import org.ourpromise.health.HealthServices.Registration;
import org.ourpromise.health.HealthServices.Service;
import org.ourpromise.health.HealthServices.Summary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Registrations, mental-health referrals and health summaries. A null child id reads everyone's. */
@Repository
class ChildHealthRepository {

    private static final RowMapper<Referral> REFERRAL = (rs, n) -> new Referral(rs.getLong("referral_id"),
            rs.getString("child_id"), "CAMHS".equals(rs.getString("service")), rs.getString("service_name"),
            date(rs, "referred_on"), date(rs, "first_seen_on"), rs.getInt("version"));

    private final JdbcTemplate jdbc;

    ChildHealthRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, List<Registration>> registrations(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "health_registration", "checked_on, health_registration_id", childId,
                (rs, n) -> new Registration(rs.getString("child_id"), Service.valueOf(rs.getString("service")),
                        rs.getBoolean("registered"), rs.getString("practice"), date(rs, "checked_on")));
    }

    Map<String, List<Referral>> referrals(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "mental_health_referral", "referred_on, referral_id", childId, REFERRAL);
    }

    Map<String, List<Summary>> summaries(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "health_summary", "made_on", childId, (rs, n) -> new Summary(
                rs.getString("child_id"), date(rs, "made_on"), date(rs, "checked_on"), rs.getString("checked_by"),
                date(rs, "given_on"), rs.getInt("version")));
    }

    Optional<Summary> summary(String childId) {
        return summaries(childId).getOrDefault(childId, List.of()).stream().findFirst();
    }

    void addRegistrations(List<Registration> checks, String by) {
        jdbc.batchUpdate("insert into health_registration (child_id, service, registered, practice, checked_on,"
                + " recorded_by) values (?,?,?,?,?,?)", checks.stream().map(r -> new Object[] {r.childId(),
                        r.service().name(), r.registered(), r.practice(), r.checkedOn(), by}).toList());
    }

    void addReferrals(List<Referral> referrals, String by) {
        jdbc.batchUpdate("insert into mental_health_referral (child_id, service, service_name, referred_on,"
                + " first_seen_on, recorded_by) values (?,?,?,?,?,?)", referrals.stream().map(r -> new Object[] {
                        r.childId(), r.camhs() ? "CAMHS" : "OTHER", r.serviceName(), r.referredOn(), r.firstSeenOn(),
                        by}).toList());
    }

    /** First seen, at the version read; false (nothing changed) when someone else changed the referral since. */
    boolean firstSeen(String childId, long id, int version, LocalDate seen) {
        return jdbc.update("update mental_health_referral set first_seen_on = ?, version = version + 1"
                + " where referral_id = ? and child_id = ? and version = ?", seen, id, childId, version) == 1;
    }

    /** Made from the record today (again, when made before: checking and giving start over). */
    boolean made(String childId, LocalDate on, int version) {
        if (summary(childId).isEmpty()) {
            return jdbc.update("insert into health_summary (child_id, made_on) values (?,?)", childId, on) == 1;
        }
        return jdbc.update("update health_summary set made_on = ?, checked_on = null, checked_by = null,"
                + " given_on = null, version = version + 1 where child_id = ? and version = ?", on, childId, version) == 1;
    }

    boolean checked(String childId, LocalDate on, String by, int version) {
        return jdbc.update("update health_summary set checked_on = ?, checked_by = ?, version = version + 1"
                + " where child_id = ? and version = ?", on, by, childId, version) == 1;
    }

    boolean given(String childId, LocalDate on, int version) {
        return jdbc.update("update health_summary set given_on = ?, version = version + 1"
                + " where child_id = ? and version = ?", on, childId, version) == 1;
    }

    /** Demo data: summaries with their dates. */
    void addSummaries(List<Summary> summaries) {
        jdbc.batchUpdate("insert into health_summary (child_id, made_on, checked_on, checked_by, given_on)"
                + " values (?,?,?,?,?)", summaries.stream().map(s -> new Object[] {s.childId(), s.madeOn(),
                        s.checkedOn(), s.checkedBy(), s.givenOn()}).toList());
    }
}
