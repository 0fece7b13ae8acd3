package org.ourpromise.iro;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.timescales.WorkingDayCalendar;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads alerts with their stages and steps, and the children's names from the child register. */
final class AlertReader {

    private final JdbcTemplate jdbc;
    private final ChildRegister children;
    private final IroSettings settings;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    AlertReader(JdbcTemplate jdbc, ChildRegister children, IroSettings settings) {
        this.jdbc = jdbc;
        this.children = children;
        this.settings = settings;
    }

    private record Row(long id, String childId, AlertKind kind, boolean formal, int categoryId, String category,
            String team, @Nullable String workerId, String seen, @Nullable String asked, LocalDate raised,
            @Nullable LocalDate responseDue, String raisedBy, String raisedByName, AlertStatus status,
            @Nullable LocalDate closed, @Nullable LocalDate cafcassReferred, @Nullable String cafcassOutcome, int version) {
    }

    List<QaAlert> read(AlertFilter filter, LocalDate today, boolean withSteps) {
        var sql = new StringBuilder("select a.*, c.name as category_name from qa_alert a "
                + "join qa_category c on c.category_id = a.category_id where 1 = 1");
        var args = new ArrayList<Object>();
        clause(sql, args, "a.team = ?", filter.team());
        clause(sql, args, "a.raised_by = ?", filter.raisedBy());
        clause(sql, args, "a.category_id = ?", filter.categoryId());
        clause(sql, args, "a.kind = ?", filter.kind() == null ? null : filter.kind().name());
        clause(sql, args, "a.worker_id = ?", filter.addressedWorker());
        clause(sql, args, "a.child_id = ?", filter.childId());
        if (filter.openOnly()) {
            sql.append(" and a.status in ('AWAITING_RESPONSE', 'RESPONDED', 'ESCALATED')");
        }
        if (filter.escalatedOnly() || filter.stage() != null) {
            sql.append(" and exists (select 1 from qa_escalation_stage s where s.alert_id = a.alert_id)");
        }
        sql.append(" order by a.raised desc, a.alert_id desc");
        var rows = jdbc.query(sql.toString(), AlertReader::row, args.toArray());
        if (rows.isEmpty()) {
            return List.of();
        }
        var stages = stages(rows.size() == 1 ? rows.get(0).id() : null);
        var steps = withSteps ? steps(rows.size() == 1 ? rows.get(0).id() : null) : Map.<Long, List<QaAlert.Step>>of();
        var names = names(rows.stream().map(Row::childId).collect(java.util.stream.Collectors.toSet()));
        var out = new ArrayList<QaAlert>();
        for (var r : rows) {
            var s = stages.getOrDefault(r.id(), List.of());
            if (filter.stage() != null && (s.isEmpty() || s.get(s.size() - 1).stage() != filter.stage())) {
                continue;
            }
            out.add(new QaAlert(r.id(), r.childId(), names.getOrDefault(r.childId(), r.childId()), r.kind(), r.formal(),
                    r.categoryId(), r.category(), r.team(), r.workerId(), r.seen(), r.asked(), r.raised(),
                    r.responseDue(), r.raisedBy(), r.raisedByName(), r.status(), r.closed(), r.cafcassReferred(),
                    r.cafcassOutcome(), r.version(), s, steps.getOrDefault(r.id(), List.of()),
                    formalDays(s, r.closed(), today), settings.formalLimitDays()));
        }
        return out;
    }

    /** Working days from the start of the first formal stage to the day it closed (or today). */
    private @Nullable Integer formalDays(List<QaAlert.Stage> stages, @Nullable LocalDate closed, LocalDate today) {
        return stages.stream().filter(s -> s.stage().isFormal()).findFirst()
                .map(first -> calendar.workingDaysBetween(first.started(), closed == null ? today : closed))
                .orElse(null);
    }

    private static void clause(StringBuilder sql, List<Object> args, String clause, @Nullable Object value) {
        if (value != null) {
            sql.append(" and ").append(clause);
            args.add(value);
        }
    }

    private Map<String, String> names(Set<String> ids) {
        var names = new HashMap<String, String>();
        if (ids.size() > 50) {
            children.children(null).forEach((id, c) -> names.put(id, c.identity().givenName() + " " + c.identity().familyName()));
        } else {
            ids.forEach(id -> children.find(id).ifPresent(c -> names.put(id,
                    c.identity().givenName() + " " + c.identity().familyName())));
        }
        return names;
    }

    private Map<Long, List<QaAlert.Stage>> stages(@Nullable Long alertId) {
        var byAlert = new HashMap<Long, List<QaAlert.Stage>>();
        jdbc.query("select * from qa_escalation_stage" + (alertId == null ? "" : " where alert_id = " + alertId)
                + " order by alert_id, started, stage_id", rs -> {
                    var stage = EscalationStage.valueOf(rs.getString("stage"));
                    String outcome = rs.getString("outcome");
                    byAlert.computeIfAbsent(rs.getLong("alert_id"), k -> new ArrayList<>()).add(new QaAlert.Stage(
                            rs.getLong("stage_id"), stage, settings.name(stage), date(rs, "started"), date(rs, "due"),
                            rs.getString("owner"), rs.getString("response"),
                            outcome == null ? null : StageOutcome.valueOf(outcome), date(rs, "ended")));
                });
        return byAlert;
    }

    private Map<Long, List<QaAlert.Step>> steps(@Nullable Long alertId) {
        var byAlert = new HashMap<Long, List<QaAlert.Step>>();
        jdbc.query("select * from qa_alert_step" + (alertId == null ? "" : " where alert_id = " + alertId)
                + " order by alert_id, step_id", rs -> {
                    byAlert.computeIfAbsent(rs.getLong("alert_id"), k -> new ArrayList<>()).add(new QaAlert.Step(
                            date(rs, "on_date"), rs.getTimestamp("at").toLocalDateTime(), rs.getString("username"),
                            rs.getString("step"), rs.getString("detail")));
                });
        return byAlert;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("alert_id"), rs.getString("child_id"), AlertKind.valueOf(rs.getString("kind")),
                rs.getBoolean("formal"), rs.getInt("category_id"), rs.getString("category_name"), rs.getString("team"),
                rs.getString("worker_id"), rs.getString("seen"), rs.getString("asked"), date(rs, "raised"),
                date(rs, "response_due"), rs.getString("raised_by"), rs.getString("raised_by_name"),
                AlertStatus.valueOf(rs.getString("status")), date(rs, "closed"), date(rs, "cafcass_referred"),
                rs.getString("cafcass_outcome"), rs.getInt("version"));
    }

    private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
