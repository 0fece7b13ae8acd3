package org.ourpromise.reports.annual;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.cluster.DataVersion;
import org.ourpromise.reports.ReportNarrative;
import org.ourpromise.reports.ReportSection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The service's narrative for each section of a year's annual report (table {@code report_narrative}). */
@Repository
public class NarrativeStore {

    /** The longest text a section may hold (the column's size). */
    public static final int MAX_LENGTH = 10_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DataVersion versions;

    NarrativeStore(JdbcTemplate jdbc, Clock clock, DataVersion versions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.versions = versions;
    }

    @Transactional(readOnly = true)
    public ReportNarrative narrative(int year) {
        var texts = new EnumMap<ReportSection, String>(ReportSection.class);
        jdbc.query("select section, text from report_narrative where report_year = ?", rs -> {
            try {
                texts.put(ReportSection.valueOf(rs.getString("section")), rs.getString("text"));
            } catch (IllegalArgumentException e) {
                // a section since removed from the report: its text is kept but not shown
            }
        }, year);
        return ReportNarrative.of(texts);
    }

    /** The version of the section's text, {@link StaleEdit#NONE} when it has none. */
    @Transactional(readOnly = true)
    public int version(int year, ReportSection section) {
        var v = jdbc.queryForList("select version from report_narrative where report_year = ? and section = ?",
                Integer.class, year, section.name());
        return v.isEmpty() ? StaleEdit.NONE : v.get(0);
    }

    /**
     * Replaces the section's text if it is still at {@code version} (the page's; {@link StaleEdit#NONE}: it had
     * none); blank text removes it. False, and nothing written, when someone else saved it since.
     */
    @Transactional
    boolean save(int year, ReportSection section, String text, int version, String username) {
        boolean saved = write(year, section, text.strip(), version, username);
        if (saved) {
            versions.changed(DataVersion.Area.REPORTS); // every server's annual report reads it again
        }
        return saved;
    }

    private boolean write(int year, ReportSection section, String t, int version, String username) {
        var now = LocalDateTime.now(clock);
        if (version == StaleEdit.NONE) {
            return t.isEmpty() ? version(year, section) == StaleEdit.NONE
                    : jdbc.update("insert into report_narrative (report_year, section, text, updated_by, updated_at) "
                            + "values (?,?,?,?,?) on conflict do nothing", year, section.name(), t, username, now) == 1;
        }
        if (t.isEmpty()) {
            return jdbc.update("delete from report_narrative where report_year = ? and section = ? and version = ?",
                    year, section.name(), version) == 1;
        }
        return jdbc.update("update report_narrative set text = ?, updated_by = ?, updated_at = ?, version = version + 1 "
                + "where report_year = ? and section = ? and version = ?", t, username, now, year, section.name(),
                version) == 1;
    }
}
