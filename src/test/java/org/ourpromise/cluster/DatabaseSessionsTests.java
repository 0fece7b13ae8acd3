package org.ourpromise.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sessions in the database on the embedded default (H2, the same Flyway table): signed in, the session is a row
 * of {@code spring_session} and the next request finds it; signed out, the row is gone. (Off by default: every
 * other test runs without it; on PostgreSQL with two servers: {@code TwoServersBehindAProxyIT}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sessions;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=false", "promise.sessions.in-database=true",
    "server.address=127.0.0.1"})
class DatabaseSessionsTests {

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private CareRecords records;

    @Autowired
    private UserAccounts users;

    @Test
    void aSignedInSessionIsARowOfTheSessionTable() throws Exception {
        TestCouncil.load(records, users);
        var browser = new ProxiedBrowser();
        var base = "http://127.0.0.1:" + port;
        var home = browser.submit(base + "/login", base + "/login",
                Map.of("username", "sw1", "password", TestCouncil.PASSWORD));
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Sam Social Worker");
        assertThat(signedIn("sw1")).isEqualTo(1);
        assertThat(browser.get(base + "/worklist").body()).doesNotContain("id=\"password\"");

        browser.submit(base + "/", base + "/logout", Map.of());
        assertThat(signedIn("sw1")).isZero();
        assertThat(browser.get(base + "/worklist").body()).contains("id=\"password\"");
    }

    private long signedIn(String username) {
        Long n = jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
                username);
        return n == null ? 0 : n;
    }
}
