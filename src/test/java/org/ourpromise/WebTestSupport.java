package org.ourpromise;

import org.junit.jupiter.api.BeforeEach;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/**
 * The whole application on an in-memory H2 database holding {@link TestCouncil}, as at its fixed
 * date. Test classes share one context (same properties), so the council is loaded once.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:webtests-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22",
    "promise.demo.enabled=false"})
@AutoConfigureMockMvc
public abstract class WebTestSupport {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    private CareRecords records;

    @Autowired
    private UserAccounts users;

    @BeforeEach
    void loadCouncil() {
        TestCouncil.load(records, users);
    }

    /** Signs the request in as one of {@link TestCouncil}'s users. */
    protected RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    protected long auditCount(String username, String action) {
        Long n = jdbc.queryForObject("select count(*) from audit_event where username = ? and action = ?", Long.class,
                username, action);
        return n == null ? 0 : n;
    }
}
