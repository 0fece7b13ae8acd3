package org.ourpromise.iro;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.timescales.WorkingDayCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's quality assurance alerts and their escalations. Each change is a guarded step: it checks the
 * alert is where the step may start from and that nobody changed it since the caller read it (its version), then
 * writes the new status and appends the step; nothing earlier is overwritten. The caller audits.
 */
@Service
public class QaAlerts {

    /** What became of a change: saved, or refused with the reason in plain English (and nothing written). */
    public record Change(boolean saved, String message) {
        static final Change DONE = new Change(true, "");

        static Change refused(String message) {
            return new Change(false, message);
        }
    }

    static final String STALE = "Someone else changed this alert after you opened it, so nothing was saved. "
            + "Read what they recorded below, then try again if you still need to.";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final IroSettings settings;
    private final AlertReader reader;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    QaAlerts(JdbcTemplate jdbc, Clock clock, IroSettings settings, ChildRegister children) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.reader = new AlertReader(jdbc, children, settings);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public IroSettings settings() {
        return settings;
    }

    /** The day a response is due when the IRO does not set one: the council's working days from raising. */
    public LocalDate defaultResponseDue(LocalDate raised) {
        return calendar.addWorkingDays(raised, settings.alertResponseDays());
    }

    @Transactional(readOnly = true)
    public List<AlertCategory> categories() {
        return jdbc.query("select * from qa_category order by kind, category_id", (rs, n) -> new AlertCategory(
                rs.getInt("category_id"), rs.getString("name"), AlertKind.valueOf(rs.getString("kind")),
                rs.getBoolean("retired")));
    }

    @Transactional(readOnly = true)
    public Optional<QaAlert> find(long id) {
        var ids = jdbc.queryForList("select child_id from qa_alert where alert_id = ?", String.class, id);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return reader.read(new AlertFilter(null, null, null, null, null, false, false, null, ids.get(0)), today(), true)
                .stream().filter(a -> a.id() == id).findFirst();
    }

    @Transactional(readOnly = true)
    public List<QaAlert> list(AlertFilter filter) {
        return reader.read(filter, today(), false);
    }

    /** With every alert's steps, for the figures that time responses. */
    @Transactional(readOnly = true)
    public List<QaAlert> listWithSteps(AlertFilter filter) {
        return reader.read(filter, today(), true);
    }

    /** Raises an alert: a concern waits for its response, good practice is delivered at once. */
    @Transactional
    public long raise(NewAlert a, String username, String displayName) {
        var status = a.kind() == AlertKind.CONCERN ? AlertStatus.AWAITING_RESPONSE : AlertStatus.DELIVERED;
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into qa_alert (child_id, kind, formal, category_id, team, worker_id, "
                    + "seen, asked, raised, response_due, raised_by, raised_by_name, status) values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    new String[] {"alert_id"});
            Object[] values = {a.childId(), a.kind().name(), a.formal(), a.categoryId(), a.team(), a.workerId(), a.seen(),
                a.asked(), a.raised(), a.responseDue(), username, displayName, status.name()};
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        step(id, a.raised(), username, a.kind() == AlertKind.CONCERN ? "Raised" : "Raised and delivered", a.seen());
        return id;
    }

    /** The social worker or team manager answers a concern; a second answer is another step, not an overwrite. */
    @Transactional
    public Change respond(long id, int version, String response, LocalDate on, String username) {
        var alert = find(id).orElseThrow();
        if (alert.status() != AlertStatus.AWAITING_RESPONSE && alert.status() != AlertStatus.RESPONDED) {
            return Change.refused("This alert is " + alert.status().words().toLowerCase(java.util.Locale.UK)
                    + ", so it does not need a response");
        }
        return guarded(id, version, AlertStatus.RESPONDED, null) ? logged(id, on, username, "Response", response) : stale();
    }

    /** The IRO accepts the response (or the matter is put right), which closes the alert. */
    @Transactional
    public Change accept(long id, int version, @Nullable String note, LocalDate on, String username) {
        var alert = find(id).orElseThrow();
        if (alert.status() != AlertStatus.AWAITING_RESPONSE && alert.status() != AlertStatus.RESPONDED) {
            return Change.refused(alert.status() == AlertStatus.ESCALATED
                    ? "This alert is being escalated: record the outcome of its stage instead"
                    : "This alert is already " + alert.status().words().toLowerCase(java.util.Locale.UK));
        }
        return guarded(id, version, AlertStatus.CLOSED, on) ? logged(id, on, username, "Accepted and closed", note) : stale();
    }

    /**
     * Escalates a concern to {@code stage} (any later stage: the IRO may skip), ending the stage it was at as
     * escalated. The new stage is due the council's working days for it after {@code on}.
     */
    @Transactional
    public Change escalate(long id, int version, EscalationStage stage, String owner, @Nullable String reason,
            LocalDate on, String username) {
        var alert = find(id).orElseThrow();
        if (!alert.isOpen()) {
            return closedRefusal(alert);
        }
        if (alert.kind() != AlertKind.CONCERN) {
            return Change.refused("Only a concern can be escalated");
        }
        if (!alert.stagesAvailable().contains(stage)) {
            return Change.refused("It is already at " + alert.currentStage().map(QaAlert.Stage::name).orElse("")
                    + ": choose a later stage");
        }
        if (!guarded(id, version, AlertStatus.ESCALATED, null)) {
            return stale();
        }
        alert.currentStage().filter(QaAlert.Stage::isOpen).ifPresent(open -> jdbc.update("update qa_escalation_stage "
                + "set outcome = ?, ended = ?, response = coalesce(response, ?) where stage_id = ?",
                StageOutcome.ESCALATED.name(), on, reason, open.id()));
        jdbc.update("insert into qa_escalation_stage (alert_id, stage, started, due, owner) values (?,?,?,?,?)", id,
                stage.name(), on, calendar.addWorkingDays(on, settings.workingDays(stage)), owner);
        return logged(id, on, username, "Escalated to " + settings.name(stage) + " (" + owner + ")", reason);
    }

    /** The answer at the stage it is at: resolved closes the alert, withdrawn withdraws it. */
    @Transactional
    public Change endStage(long id, int version, StageOutcome outcome, String response, LocalDate on, String username) {
        var alert = find(id).orElseThrow();
        var open = alert.currentStage().filter(QaAlert.Stage::isOpen);
        if (!alert.isOpen() || open.isEmpty()) {
            return Change.refused("This alert has no stage waiting for an answer");
        }
        if (outcome == StageOutcome.ESCALATED) {
            return Change.refused("To escalate it, choose the next stage below");
        }
        var status = outcome == StageOutcome.RESOLVED ? AlertStatus.CLOSED : AlertStatus.WITHDRAWN;
        if (!guarded(id, version, status, on)) {
            return stale();
        }
        jdbc.update("update qa_escalation_stage set outcome = ?, ended = ?, response = ? where stage_id = ?",
                outcome.name(), on, response, open.get().id());
        return logged(id, on, username, open.get().name() + ": " + outcome.words(), response);
    }

    /** A referral to Cafcass (IRO Handbook: at any point), and later its outcome; each is a step. */
    @Transactional
    public Change referToCafcass(long id, int version, LocalDate referred, @Nullable String outcome, String username) {
        var alert = find(id).orElseThrow();
        if (alert.cafcassReferred() != null && alert.cafcassOutcome() != null) {
            return Change.refused("The referral to Cafcass and its outcome are already recorded");
        }
        int n = jdbc.update("update qa_alert set cafcass_referred = ?, cafcass_outcome = ?, version = version + 1 "
                + "where alert_id = ? and version = ?", referred, outcome, id, version);
        if (n != 1) {
            return stale();
        }
        return logged(id, today(), username, outcome == null ? "Referred to Cafcass" : "Cafcass referral outcome", outcome);
    }

    static Change closedRefusal(QaAlert alert) {
        return Change.refused("This alert is " + alert.status().words().toLowerCase(java.util.Locale.UK)
                + ": a closed alert cannot be escalated. Raise a new alert if there is a new concern");
    }

    private boolean guarded(long id, int version, AlertStatus status, @Nullable LocalDate closed) {
        return jdbc.update("update qa_alert set status = ?, closed = ?, version = version + 1 where alert_id = ? "
                + "and version = ?", status.name(), closed, id, version) == 1;
    }

    private Change logged(long id, LocalDate on, String username, String what, @Nullable String detail) {
        step(id, on, username, what, detail);
        return Change.DONE;
    }

    private static Change stale() {
        return Change.refused(STALE);
    }

    private void step(long id, LocalDate on, String username, String what, @Nullable String detail) {
        jdbc.update("insert into qa_alert_step (alert_id, on_date, at, username, step, detail) values (?,?,?,?,?,?)", id,
                on, LocalDateTime.now(clock), username, what.length() > 200 ? what.substring(0, 200) : what, detail);
    }
}
