package org.ourpromise.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.support.EmbeddedPostgresql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The schema and the care record store on a real PostgreSQL: what is saved is read back unchanged. */
@SpringBootTest(properties = {"promise.demo.enabled=false", "promise.clock.fixed=2026-11-22"})
class CareRecordsPostgresIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresql.register(registry, "care_records_it");
    }

    @Autowired
    private CareRecords records;

    @Autowired
    private UserAccounts users;

    @Autowired
    private ChildRegister register;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void flywayBuiltTheSchemaOnPostgresql() {
        assertThat(jdbc.queryForObject("select version()", String.class)).contains("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isGreaterThanOrEqualTo(9);
    }

    @Test
    void recordsAreReadBackExactlyAsSaved() {
        TestCouncil.load(records, users);
        var expected = List.of(TestCouncil.amiraForTests(), TestCouncil.jackForTests(), TestCouncil.leahForTests());
        assertThat(records.loadAll().stream().filter(r -> !r.childId().equals(TestCouncil.visitFactsForTests().childId())))
                .containsExactlyElementsOf(expected);
        assertThat(records.load(TestCouncil.AMIRA)).contains(expected.get(0));
    }

    @Test
    void everyKindOfPlanEventAndItsAgreedIntervalAreReadBackAsSaved() {
        TestCouncil.load(records, users);
        var child = TestCouncil.visitFactsForTests();
        records.addAll(List.of(child));
        assertThat(records.load(child.childId())).contains(child);
        assertThat(jdbc.queryForObject("select interval_weeks from plan_event where child_id = ? and interval_weeks is not null",
                Integer.class, child.childId())).isEqualTo(4);
    }

    @Test
    void searchMatchesPartsOfNamesCaseInsensitively() {
        TestCouncil.load(records, users);
        assertThat(register.search("KHA", null, 10)).extracting(c -> c.childId()).containsExactly(TestCouncil.AMIRA);
        assertThat(register.search("am kh", null, 10)).hasSize(1);
        assertThat(register.search("%", null, 10)).isEmpty();
    }
}
