package org.ourpromise.writtentoyou;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The room's one table; only this room reads or writes it. */
@Repository
class WrittenToYouRepository {

    private final JdbcTemplate jdbc;

    WrittenToYouRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<WrittenToYou.Entry> of(String childId) {
        return jdbc.query("select child_id, about, event_date, plan_kind, written_to_you, wishes_and_feelings, version, "
                + "recorded_by, updated_at from written_to_child where child_id = ? order by event_date desc, entry_id desc",
                (rs, n) -> WrittenToYou.row(rs), childId);
    }

    void upsert(String childId, WrittenToYou.About about, java.time.LocalDate date, String planKind, ChildsWords words,
            String username, LocalDateTime now) {
        int n = jdbc.update("update written_to_child set written_to_you = ?, wishes_and_feelings = ?, recorded_by = ?, "
                + "updated_at = ?, version = version + 1 where child_id = ? and about = ? and event_date = ? "
                + "and plan_kind = ?", words.writtenToYou(), words.wishesAndFeelings(), username, now, childId,
                about.name(), date, planKind);
        if (n == 0) {
            jdbc.update("insert into written_to_child (child_id, about, event_date, plan_kind, written_to_you, "
                    + "wishes_and_feelings, recorded_by, updated_at) values (?,?,?,?,?,?,?,?)", childId, about.name(),
                    date, planKind, words.writtenToYou(), words.wishesAndFeelings(), username, now);
        }
    }
}
