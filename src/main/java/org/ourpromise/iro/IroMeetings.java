package org.ourpromise.iro;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly Pre-Challenge Tracking and Challenge meetings: when each was held and what it decided for each case
 * on its agenda. A decision is also a step on the alert, so the alert's story reads in one place.
 */
@Service
public class IroMeetings {

    /** A meeting held, with its decisions by alert. */
    public record Meeting(long id, EscalationStage kind, LocalDate held, String recordedBy, Map<Long, String> decisions) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IroMeetings(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a meeting and its decisions (alert id to decision); only meetings at those two stages. */
    @Transactional
    public long record(EscalationStage kind, LocalDate held, Map<Long, String> decisions, String username) {
        if (kind != EscalationStage.PRE_CHALLENGE && kind != EscalationStage.CHALLENGE) {
            throw new IllegalArgumentException("no meeting is held at " + kind);
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into iro_meeting (kind, held, recorded_by) values (?,?,?)",
                    new String[] {"meeting_id"});
            ps.setString(1, kind.name());
            ps.setObject(2, held);
            ps.setString(3, username);
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        String what = kind == EscalationStage.CHALLENGE ? "Challenge meeting decision" : "Pre-Challenge meeting decision";
        decisions.forEach((alert, decision) -> {
            jdbc.update("insert into iro_meeting_decision (meeting_id, alert_id, decision) values (?,?,?)", id, alert,
                    decision);
            jdbc.update("insert into qa_alert_step (alert_id, on_date, at, username, step, detail) values (?,?,?,?,?,?)",
                    alert, held, LocalDateTime.now(clock), username, what, decision);
        });
        return id;
    }

    /** Meetings held, newest first. */
    @Transactional(readOnly = true)
    public List<Meeting> meetings() {
        var decisions = new LinkedHashMap<Long, Map<Long, String>>();
        jdbc.query("select * from iro_meeting_decision order by meeting_id, alert_id", rs -> {
            decisions.computeIfAbsent(rs.getLong("meeting_id"), k -> new LinkedHashMap<>())
                    .put(rs.getLong("alert_id"), rs.getString("decision"));
        });
        var out = new ArrayList<Meeting>();
        jdbc.query("select * from iro_meeting order by held desc, meeting_id desc", rs -> {
            long id = rs.getLong("meeting_id");
            out.add(new Meeting(id, EscalationStage.valueOf(rs.getString("kind")), rs.getObject("held", LocalDate.class),
                    rs.getString("recorded_by"), decisions.getOrDefault(id, Map.of())));
        });
        return out;
    }
}
