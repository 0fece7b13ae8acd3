package org.ourpromise.iro;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ourpromise.casefile.CareRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the IRO annual report from the record and the alerts, with the IRO manager's narrative per section. */
@Service
public class IroReports {

    /** A section's narrative as stored, with its version for the edit form. */
    public record Narrative(String text, int version) {
    }

    private final CareRecords records;
    private final QaAlerts alerts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    IroReports(CareRecords records, QaAlerts alerts, JdbcTemplate jdbc, Clock clock) {
        this.records = records;
        this.alerts = alerts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The last collection year that has ended (the one a council reports on), as the year it ends. */
    public int latestYear() {
        var today = LocalDate.now(clock);
        return today.isAfter(LocalDate.of(today.getYear(), 3, 31)) ? today.getYear() : today.getYear() - 1;
    }

    @Transactional(readOnly = true)
    public IroReport build(int year) {
        var today = LocalDate.now(clock);
        var all = records.loadAll();
        var withSteps = alerts.listWithSteps(AlertFilter.all());
        var narratives = narratives(year);
        var sections = new ArrayList<IroReport.Section>(List.of(
                IroReportFigures.profile(year, all, today), IroReportFigures.timeliness(year, all),
                IroReportFigures.participation(year, all), AlertFigures.alerts(year, withSteps, today),
                AlertFigures.escalations(year, withSteps, alerts.settings()), IroReportFigures.permanence(year, all),
                new IroReport.Section("development", 7, "What we will do better: the development plan", List.of(), List.of(),
                        List.of(), "")));
        sections.replaceAll(s -> s.withNarrative(narratives.getOrDefault(s.key(), new Narrative("", 0)).text()));
        return new IroReport(year, IroReport.TITLE, (year - 1) + " to " + year + " (1 April " + (year - 1) + " to 31 March "
                + year + ")", sections, List.of(
                        "Figures are computed by Promise from the council's record on " + today + ".",
                        "Each IRO counts as one full-time post until the staff directory holds their hours.",
                        "Alerts and escalations are those raised in the year; their outcomes are as recorded today."));
    }

    @Transactional(readOnly = true)
    public Map<String, Narrative> narratives(int year) {
        var out = new HashMap<String, Narrative>();
        jdbc.query("select section_key, narrative, version from iro_report_narrative where report_year = ?", rs -> {
            out.put(rs.getString(1), new Narrative(rs.getString(2), rs.getInt(3)));
        }, year);
        return out;
    }

    /** Saves a section's narrative if nobody saved it since {@code version} was read; false when someone did. */
    @Transactional
    public boolean saveNarrative(int year, String section, String text, int version, String username) {
        if (!IroReport.SECTION_KEYS.contains(section)) {
            throw new IllegalArgumentException("no section " + section);
        }
        var now = LocalDateTime.now(clock);
        if (version == 0 && !narratives(year).containsKey(section)) {
            // two first saves at once: the first is stored, the other is stale (never a duplicate key)
            return jdbc.update("insert into iro_report_narrative (report_year, section_key, narrative, updated_by, "
                    + "updated_at, version) values (?,?,?,?,?,1) on conflict do nothing", year, section, text, username,
                    now) == 1;
        }
        return jdbc.update("update iro_report_narrative set narrative = ?, updated_by = ?, updated_at = ?, version = version + 1 "
                + "where report_year = ? and section_key = ? and version = ?", text, username, now, year, section, version) == 1;
    }
}
