package org.ourpromise.iro;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.measures.LocalMeasureSettings;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.reports.ComparisonSource;
import org.ourpromise.staff.StaffDirectory;
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
    private final ReviewOutcomes outcomes;
    private final ReviewChecks checks;
    private final StaffDirectory staff;
    private final LocalMeasureSettings settings;
    private final ComparisonSource comparisons;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    IroReports(CareRecords records, QaAlerts alerts, ReviewOutcomes outcomes, ReviewChecks checks, StaffDirectory staff,
            LocalMeasureSettings settings, ComparisonSource comparisons, JdbcTemplate jdbc, Clock clock) {
        this.records = records;
        this.alerts = alerts;
        this.outcomes = outcomes;
        this.checks = checks;
        this.staff = staff;
        this.settings = settings;
        this.comparisons = comparisons;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The last collection year that has ended (the one a council reports on), as the year it ends. */
    public int latestYear() {
        var today = LocalDate.now(clock);
        return today.isAfter(LocalDate.of(today.getYear(), 3, 31)) ? today.getYear() : today.getYear() - 1;
    }

    /** Everything the IRO measures count, read once. */
    @Transactional(readOnly = true)
    IroMeasures.Input input() {
        return new IroMeasures.Input(records.loadAll(), alerts.listWithSteps(AlertFilter.all()), outcomes.allActions(),
                checks.allMidwayChecks(), staff.fteByWorker(), settings, alerts.settings());
    }

    /** The year's IRO measures (so far, in the year still running), as the report and the targets page show them. */
    @Transactional(readOnly = true)
    public Map<String, MeasureValue> measures(int year) {
        return IroMeasures.compute(year, input(), LocalDate.now(clock)).values();
    }

    @Transactional(readOnly = true)
    public IroReport build(int year) {
        var narratives = new HashMap<String, String>();
        narratives(year).forEach((k, v) -> narratives.put(k, v.text()));
        return IroReportAssembly.build(year, input(), LocalDate.now(clock), narratives, comparisons.targets(),
                staff.names()::of);
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
