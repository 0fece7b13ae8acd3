package org.ourpromise.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections and withdrawals of recorded events, whichever room keeps the event (decision 0085): the room changes
 * its own row at the version the user read, and hands the change here, which keeps the version replaced (what it
 * said, when, by whom and why) for the chronology, writes the audit entry with both versions, and publishes the
 * room's event so that deadlines, measures and the return are computed again from the current version.
 */
@Service
public class Corrections {

    /** The reason is part of the audit entry, which holds 500 characters with both versions. */
    public static final int REASON_LIMIT = 200;

    /** What a user is told when someone else changed the event after they opened it. */
    public static final String STALE = "Someone else changed or withdrew this event after you opened it, so your"
            + " correction was not saved. Go back to the record to see it as it is now, and correct it again if needed";

    /** One correction as kept: the event (its room's kind and id, its date now), the versions before and after. */
    public record Correction(String kind, String eventId, LocalDate eventDate, boolean withdrawn,
            LocalDateTime correctedAt, String correctedBy, String reason, String before, String after) {

        /** "Corrected on 7/12/2026 by Sam Patel because ..." as the chronology says it. */
        public String sentence() {
            return (withdrawn ? "Withdrawn" : "Corrected") + " on " + Ssda903Dates.format(correctedAt.toLocalDate())
                    + " by " + correctedBy + " because " + reason + ". Before: " + before
                    + (withdrawn ? "" : ". Now: " + after);
        }
    }

    private final JdbcTemplate jdbc;
    private final CaseFile caseFile;
    private final Clock clock;

    Corrections(JdbcTemplate jdbc, CaseFile caseFile, Clock clock) {
        this.jdbc = jdbc;
        this.caseFile = caseFile;
        this.clock = clock;
    }

    /** The reason for a correction, required and short enough for the audit entry. */
    public static @Nullable String reason(FormInput in) {
        String reason = in.raw("reason");
        if (reason.isEmpty()) {
            in.error("reason", "Enter why the record is being corrected");
            return null;
        }
        if (reason.length() > REASON_LIMIT) {
            in.error("reason", "Explain in " + REASON_LIMIT + " characters or fewer (you wrote " + reason.length() + ")");
            return null;
        }
        return reason;
    }

    /**
     * A room's event corrected or withdrawn, in the room's transaction: the version replaced is kept, the audit
     * entry holds both versions, and the room's event is published.
     *
     * @param changed the child's record as it now stands
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome corrected(PromiseUser user, ChildRecord changed, String kind, String eventId, LocalDate eventDate,
            boolean withdrawn, String reason, String before, String after, RecordChanged event) {
        jdbc.update("insert into record_correction (child_id, kind, event_id, event_date, withdrawn, corrected_at,"
                + " corrected_by, reason, before_text, after_text) values (?,?,?,?,?,?,?,?,?,?)", changed.childId(), kind,
                eventId, eventDate, withdrawn, LocalDateTime.now(clock), user.displayName(), reason, before, after);
        String summary = (withdrawn ? "Withdrew " : "Corrected ") + kind + " " + eventId + " because " + reason
                + ". Before: " + before + (withdrawn ? "" : ". After: " + after);
        return caseFile.recorded(changed, summary, event);
    }

    /** Every correction of the child's events, oldest first. */
    @Transactional(readOnly = true)
    public List<Correction> of(String childId) {
        return jdbc.query("select * from record_correction where child_id = ? order by corrected_at, correction_id",
                (rs, n) -> new Correction(rs.getString("kind"), rs.getString("event_id"),
                        rs.getDate("event_date").toLocalDate(), rs.getBoolean("withdrawn"),
                        rs.getTimestamp("corrected_at").toLocalDateTime(), rs.getString("corrected_by"),
                        rs.getString("reason"), rs.getString("before_text"), rs.getString("after_text")), childId);
    }
}
