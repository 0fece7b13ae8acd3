package org.ourpromise.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The care record store on the embedded H2 database: what is saved is read back unchanged. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:carerecords-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22",
    "promise.demo.enabled=false"})
class CareRecordsTests {

    @Autowired
    private CareRecords records;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyKindOfPlanEventAndItsAgreedIntervalAreReadBackAsSaved() {
        var child = TestCouncil.visitFactsForTests();
        if (records.load(child.childId()).isEmpty()) {
            records.addAll(List.of(child));
        }
        assertThat(records.load(child.childId())).contains(child);
        assertThat(records.loadAll()).contains(child);
        assertThat(jdbc.queryForList("select interval_weeks from plan_event where child_id = ? and interval_weeks is not null",
                Integer.class, child.childId())).containsExactly(4);
    }

    @Test
    void theSchemaRefusesAnIntervalOfNoWeeks() {
        var child = TestCouncil.visitFactsForTests();
        if (records.load(child.childId()).isEmpty()) {
            records.addAll(List.of(child));
        }
        assertThatThrownBy(() -> jdbc.update("insert into plan_event (child_id, kind, event_date, interval_weeks)"
                + " values (?, 'SHORT_BREAK_VISITS_AGREED', date '2026-01-09', 0)", child.childId()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
