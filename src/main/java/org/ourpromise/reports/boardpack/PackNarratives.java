package org.ourpromise.reports.boardpack;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ourpromise.casefile.StaleEdit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The narrative of each section of a board pack, kept with the pack's period (table {@code pack_narrative}). */
@Repository
class PackNarratives implements org.ourpromise.reports.figures.ReportDocuments.Narratives {

    static final int MAX_LENGTH = 10_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PackNarratives(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Section id to its narrative, for the period asked for as {@code period} (e.g. {@code month=2026-10}). */
    @Override
    @Transactional(readOnly = true)
    public Map<String, String> of(String period) {
        var out = new LinkedHashMap<String, String>();
        jdbc.query("select section_id, text from pack_narrative where period_code = ?",
                rs -> {
                    out.put(rs.getString("section_id"), rs.getString("text"));
                }, period);
        return out;
    }

    @Transactional(readOnly = true)
    int version(String period, String section) {
        var v = jdbc.queryForList("select version from pack_narrative where period_code = ? and section_id = ?",
                Integer.class, period, section);
        return v.isEmpty() ? StaleEdit.NONE : v.get(0);
    }

    /**
     * Replaces the section's narrative if it is still at {@code version} ({@link StaleEdit#NONE}: it had none); blank
     * text removes it. False, and nothing written, when someone else saved it since.
     */
    @Transactional
    boolean save(String period, String section, String text, int version, String username) {
        var t = text.strip();
        var now = LocalDateTime.now(clock);
        if (version == StaleEdit.NONE) {
            return t.isEmpty() ? version(period, section) == StaleEdit.NONE
                    : jdbc.update("insert into pack_narrative (period_code, section_id, text, updated_by, updated_at) "
                            + "values (?,?,?,?,?) on conflict do nothing", period, section, t, username, now) == 1;
        }
        if (t.isEmpty()) {
            return jdbc.update("delete from pack_narrative where period_code = ? and section_id = ? and version = ?",
                    period, section, version) == 1;
        }
        return jdbc.update("update pack_narrative set text = ?, updated_by = ?, updated_at = ?, version = version + 1 "
                + "where period_code = ? and section_id = ? and version = ?", t, username, now, period, section,
                version) == 1;
    }
}
