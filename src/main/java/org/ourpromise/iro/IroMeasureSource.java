package org.ourpromise.iro;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.measures.ServiceMeasureSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The IRO service's measures for the targets page, computed as the IRO annual report computes them. Kept for the
 * day (as the record's measures are) until an alert, a review action or a midway check changes.
 */
@Component
class IroMeasureSource implements ServiceMeasureSource {

    private record Key(int year, LocalDate day, long revision) {
    }

    private final IroReports reports;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<Key, Map<String, MeasureValue>> kept = new ConcurrentHashMap<>();

    IroMeasureSource(IroReports reports, JdbcTemplate jdbc, Clock clock) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<String, MeasureValue> measures(int year) {
        Long revision = jdbc.queryForObject("select (select count(*) + coalesce(sum(version), 0) from qa_alert)"
                + " + (select count(*) + coalesce(sum(version), 0) from review_action)"
                + " + (select count(*) from midway_check)", Long.class);
        var key = new Key(year, LocalDate.now(clock), revision == null ? 0 : revision);
        if (kept.size() > 20) {
            kept.clear();
        }
        return kept.computeIfAbsent(key, k -> reports.measures(k.year()));
    }
}
