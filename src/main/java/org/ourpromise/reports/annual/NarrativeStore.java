package org.ourpromise.reports.annual;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
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

    /** Replaces the section's text in the caller's transaction; blank text removes it. */
    @Transactional
    void save(int year, ReportSection section, String text, String username) {
        jdbc.update("delete from report_narrative where report_year = ? and section = ?", year, section.name());
        if (!text.isBlank()) {
            jdbc.update("insert into report_narrative (report_year, section, text, updated_by, updated_at) values (?,?,?,?,?)",
                    year, section.name(), text.strip(), username, LocalDateTime.now(clock));
        }
        versions.changed(DataVersion.Area.REPORTS); // every server's annual report reads it again
    }
}
