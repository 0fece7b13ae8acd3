package org.ourpromise.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.PromiseCommandLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code retention} through the real command line, on 22 November 2026: which records are past their date
 * (hand-worked), holds and dates of death, and anonymising that keeps every row countable. Run on an H2 file
 * ({@link RetentionCommandTests}) and on PostgreSQL ({@link RetentionPostgresIT}).
 */
abstract class RetentionScenario {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The database's JDBC URL. */
    abstract String url();

    /** The database user (no password). */
    abstract String user();

    private int run(String... args) {
        out.reset();
        err.reset();
        return PromiseCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("spring.datasource.url", url(), "spring.datasource.username", user(),
                        "spring.datasource.password", "", "promise.clock.fixed", "2026-11-22"));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(url(), user(), ""));
    }

    private static void child(JdbcTemplate jdbc, String id, String born) {
        jdbc.update("insert into child (child_id, given_name, family_name, date_of_birth, sex, ethnicity, upn,"
                + " home_postcode) values (?, 'Given', 'Family', ?, 'F', 'WBRI', 'A123456789012', 'LE1 1AA')", id,
                LocalDate.parse(born));
        jdbc.update("insert into care_episode (child_id, started, rne, legal_status, category_of_need, placement,"
                + " home_postcode, placement_postcode) values (?, ?, 'S', 'C2', 'N1', 'U4', 'LE1 1AA', 'NG7 2RD')", id,
                LocalDate.parse(born).plusYears(5));
    }

    @Test
    @DisplayName("lists the records past their date (a day after it, not on it; death in childhood; not adopted, not "
            + "held), refuses --anonymise without --confirm, then anonymises names, dates of birth, postcodes and free "
            + "text while every episode stays; audited")
    void listsAndAnonymises() {
        assertThat(run("retention")).isEqualTo(0); // an empty database: migrated, nothing past
        assertThat(out()).contains("on 2026-11-22, 0 past their retention date");
        var jdbc = jdbc();
        child(jdbc, "R1", "1950-03-01");   // kept until 1 March 2025: past
        child(jdbc, "R2", "1951-11-22");   // kept until 22 November 2026, today: not yet
        child(jdbc, "R3", "1951-11-21");   // kept until 21 November 2026: past since today
        child(jdbc, "R4", "2000-01-01");   // dies at 5: kept until 1 June 2020
        child(jdbc, "R5", "2000-01-01");   // adopted at 3 and dies at 5: 100 years from the order
        child(jdbc, "R6", "1940-05-05");   // long past, but held
        jdbc.update("insert into care_episode (child_id, started, rne, legal_status, category_of_need, placement,"
                + " ceased, reason_ceased) values ('R5', '2002-01-01', 'S', 'E1', 'N1', 'A4', '2003-01-01', 'E11')");
        jdbc.update("insert into complaint (reference, child_id, received, summary, recorded_by, updated_at) values"
                + " ('CP2010-0001', 'R1', '2010-01-05', 'Unhappy with the move to Nottingham', 'co1', '2010-01-05 10:00:00')");

        assertThat(run("retention", "--died", "R4", "--on", "2005-06-01")).isEqualTo(0);
        assertThat(run("retention", "--died", "R5", "--on", "2005-06-01")).isEqualTo(0);
        assertThat(run("retention", "--hold", "R6", "--reason", "Historic abuse inquiry")).isEqualTo(0);
        assertThat(run("retention", "--hold", "R6")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--hold needs --reason");
        assertThat(run("retention", "--died", "R9", "--on", "2005-06-01")).isEqualTo(2);

        assertThat(run("retention")).isEqualTo(0);
        assertThat(out()).contains("on 2026-11-22, 3 past their retention date, 1 more past it but held")
                .contains("R1\tkept until 2025-03-01\t75 years from birth")
                .contains("R3\tkept until 2026-11-21")
                .contains("R4\tkept until 2020-06-01\t15 years from death before 18")
                .contains("R6\tkept until 2015-05-05\t75 years from birth\tHELD: Historic abuse inquiry")
                .doesNotContain("R2\t").doesNotContain("R5\t");

        assertThat(run("retention", "--anonymise")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("add --confirm");
        assertThat(jdbc.queryForObject("select count(*) from child where anonymised_on is not null", Long.class)).isZero();
        assertThat(run("retention", "--confirm")).isEqualTo(2);

        long episodes = jdbc.queryForObject("select count(*) from care_episode", Long.class);
        assertThat(run("retention", "--anonymise", "--confirm")).isEqualTo(0);
        assertThat(out()).contains("anonymised 3 records");

        var r1 = jdbc.queryForMap("select * from child where child_id = 'R1'");
        assertThat(r1.get("given_name") + " " + r1.get("family_name")).isEqualTo("Anonymised record");
        assertThat(r1.get("date_of_birth").toString()).isEqualTo("1950-07-01");
        assertThat(r1.get("upn")).isNull();
        assertThat(r1.get("home_postcode")).isEqualTo("LE1");
        assertThat(jdbc.queryForList("select placement_postcode from care_episode where child_id = 'R1'", String.class))
                .containsExactly("NG7");
        assertThat(jdbc.queryForObject("select summary from complaint where reference = 'CP2010-0001'", String.class))
                .isEqualTo("[removed]");
        // every row is still there to count; the held, adopted and not-yet-due records are untouched
        assertThat(jdbc.queryForObject("select count(*) from care_episode", Long.class)).isEqualTo(episodes);
        assertThat(jdbc.queryForObject("select count(*) from complaint", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("select child_id from child where anonymised_on is null order by child_id",
                String.class)).containsExactly("R2", "R5", "R6");
        assertThat(jdbc.queryForObject("select given_name from child where child_id = 'R6'", String.class))
                .isEqualTo("Given");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'RETENTION'"
                + " and detail like 'anonymised the record%'", Long.class)).isEqualTo(3);

        assertThat(run("retention")).isEqualTo(0);
        assertThat(out()).contains("on 2026-11-22, 0 past their retention date, 1 more past it but held");
        assertThat(run("retention", "--release", "R6")).isEqualTo(0);
        assertThat(run("retention")).isEqualTo(0);
        assertThat(out()).contains("on 2026-11-22, 1 past their retention date").contains("R6\tkept until 2015-05-05");
    }

    @Test
    @DisplayName("the newer tables: a request for records not yet answered holds the record; the requester's name, what "
            + "was withheld and why, an award's nominator and a message from My Promise are removed")
    void newerTables() {
        assertThat(run("retention")).isEqualTo(0);
        var jdbc = jdbc();
        child(jdbc, "N1", "1950-03-01");   // past, every newer table filled
        child(jdbc, "N2", "1950-03-01");   // past, but a request for records is waiting for its answer
        request(jdbc, "N1", "2026-10-01", "2026-10-20");
        long n1Request = jdbc.queryForObject("select request_id from records_request where child_id = 'N1'", Long.class);
        jdbc.update("insert into records_request_withheld (request_id, what, exemption, why, recorded_by, recorded_at)"
                + " values (?, 'Letter from Dr Jones about the family', 'THIRD', 'Names a third party', 'rr1',"
                + " '2026-10-10 10:00:00')", n1Request);
        jdbc.update("insert into voice_award (child_id, for_what, nominated_by, nominated_on) values ('N1',"
                + " 'Helping at the youth club', 'Mrs Carer', '2026-06-01')");
        jdbc.update("insert into my_promise_message (child_id, to_role, to_worker_id, urgent, body, sent_at, answer_due)"
                + " values ('N1', 'SOCIAL_WORKER', 'SW001', false, 'Can I see my brother at Christmas?',"
                + " '2026-11-01 09:00:00', '2026-11-08')");
        request(jdbc, "N2", "2026-11-01", null);

        assertThat(run("retention")).isEqualTo(0);
        assertThat(out()).contains("1 past their retention date, 1 more past it but held")
                .contains("N2\tkept until 2025-03-01\t75 years from birth\tHELD: request for records received 2026-11-01"
                        + " not yet answered");
        assertThat(run("retention", "--anonymise", "--confirm")).isEqualTo(0);
        assertThat(jdbc.queryForObject("select requester_name from records_request where child_id = 'N1'", String.class))
                .isEqualTo("[removed]");
        assertThat(jdbc.queryForMap("select what, why from records_request_withheld where request_id = ?", n1Request))
                .containsValues("[removed]", "[removed]").doesNotContainValue("Names a third party");
        assertThat(jdbc.queryForObject("select nominated_by from voice_award where child_id = 'N1'", String.class))
                .isEqualTo("[removed]");
        assertThat(jdbc.queryForObject("select body from my_promise_message where child_id = 'N1'", String.class))
                .isEqualTo("[removed]");
        assertThat(jdbc.queryForObject("select requester_name from records_request where child_id = 'N2'", String.class))
                .isEqualTo("Pat Parent");
    }

    private static void request(JdbcTemplate jdbc, String child, String received, String sent) {
        jdbc.update("insert into records_request (child_id, requester_name, requester_kind, asked_for, received, sent,"
                + " recorded_by, updated_at) values (?, 'Pat Parent', 'PARENT', 'Everything from 1960', ?, ?, 'rr1',"
                + " '2026-10-01 10:00:00')", child, LocalDate.parse(received), sent == null ? null : LocalDate.parse(sent));
    }
}
