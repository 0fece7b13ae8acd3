package org.ourpromise.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.support.EmbeddedPostgresql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On PostgreSQL the audit log is append-only by the database itself (V86, db/vendor/postgresql): an UPDATE, DELETE
 * or TRUNCATE of an entry, or of the lists of children shown, is refused whoever sends it — here the application's
 * own connection, which owns the tables. Entries are still added, and a child's search finds the lists showing it.
 */
@SpringBootTest(properties = {"promise.demo.enabled=false", "promise.clock.fixed=2026-11-22"})
class AuditAppendOnlyPostgresIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresql.register(registry, "audit_it");
    }

    @Autowired
    private AuditLog audit;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theTriggerMigrationRanOnlyHere() {
        assertThat(jdbc.queryForObject("select version()", String.class)).contains("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version = '86' and success",
                Integer.class)).isOne();
    }

    @Test
    void entriesAreAddedButNeverChangedOrRemoved() {
        audit.recordShownAs("tm1", AuditLog.Action.VIEW_REPORT, List.of("C1", "C2", "C2"), "viewed a list");
        audit.recordAs("sw1", AuditLog.Action.VIEW_RECORD, "C1", "viewed a record");
        // the same list shown again is a new entry referring to the list already stored
        audit.recordShownAs("tm1", AuditLog.Action.VIEW_REPORT, List.of("C2", "C1"), "viewed the list again");
        assertThat(jdbc.queryForObject("select count(*) from audit_list_child", Integer.class)).isEqualTo(2);
        long listId = jdbc.queryForObject("select audit_id from audit_event where detail = 'viewed a list'", Long.class);
        assertThat(audit.childrenShown(listId)).containsExactly("C1", "C2");

        assertRefused("update audit_event set detail = 'nothing to see' where audit_id = " + listId);
        assertRefused("update audit_event set username = 'someone'");
        assertRefused("delete from audit_event where audit_id = " + listId);
        assertRefused("delete from audit_event");
        assertRefused("truncate audit_event cascade");
        assertRefused("update audit_list_child set child_id = 'C9'");
        assertRefused("delete from audit_list_child");
        assertRefused("truncate audit_list_child");
        assertRefused("update audit_list set children = 0");
        assertRefused("delete from audit_list");
        assertRefused("truncate audit_list cascade");

        assertThat(jdbc.queryForObject("select detail from audit_event where audit_id = ?", String.class, listId))
                .isEqualTo("viewed a list");
        assertThat(audit.childrenShown(listId)).containsExactly("C1", "C2");
        var forC2 = audit.page(new AuditLog.Query(null, "C2", null, null, null), 0, 10);
        assertThat(forC2.entries()).extracting(AuditLog.Entry::detail)
                .containsExactlyInAnyOrder("viewed a list", "viewed the list again");
        assertThat(audit.page(new AuditLog.Query(null, "C1", null, null, null), 0, 10).total()).isEqualTo(3);
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> jdbc.execute(sql)).as(sql).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("the audit log is append-only");
    }
}
