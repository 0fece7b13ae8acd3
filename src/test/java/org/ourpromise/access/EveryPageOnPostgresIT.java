package org.ourpromise.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.support.EmbeddedPostgresql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page, as a role that may open it, answers on PostgreSQL without a server error. H2 lets a read-only
 * transaction write, PostgreSQL does not: a page that audits its view inside {@code @Transactional(readOnly = true)}
 * works in every MockMvc test on H2 and fails for every user of a council on PostgreSQL (the care leavers' page did).
 */
@SpringBootTest(properties = {"promise.demo.enabled=false", "promise.clock.fixed=2026-11-22"})
@AutoConfigureMockMvc
class EveryPageOnPostgresIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresql.register(registry, "every_page_it");
    }

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CareRecords records;

    @Autowired
    private UserAccounts users;

    @Test
    void everyPageAnswersWithoutAServerError() throws Exception {
        TestCouncil.load(records, users);
        var failures = new ArrayList<String>();
        int asked = 0;
        for (var endpoint : new TreeSet<>(AccessControlTests.REQUIRED.keySet())) {
            if (!endpoint.startsWith("GET ")) {
                continue;
            }
            String pattern = endpoint.substring(4);
            String required = AccessControlTests.REQUIRED.get(endpoint);
            var role = java.util.Arrays.stream(Role.values())
                    .filter(r -> AccessControlTests.allowed(r, required, pattern.contains("{childId}"))).findFirst();
            if (role.isEmpty() || required.equals("PUBLIC")) {
                continue;
            }
            var user = users.loadUserByUsername(AccessControlTests.USERS_BY_ROLE.get(role.get().name()));
            asked++;
            try {
                int status = mvc.perform(get(AccessControlTests.samplePath(pattern))
                        .with(SecurityMockMvcRequestPostProcessors.user(user))).andReturn().getResponse().getStatus();
                if (status >= 500) {
                    failures.add(endpoint + " as " + role.get() + " -> " + status);
                }
            } catch (Exception e) {
                failures.add(endpoint + " as " + role.get() + " -> " + rootCause(e));
            }
        }
        assertThat(asked).isGreaterThan(100);
        assertThat(failures).isEmpty();
    }

    private static String rootCause(Throwable e) {
        var cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
