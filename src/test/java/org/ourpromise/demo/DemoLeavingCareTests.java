package org.ourpromise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ourpromise.access.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo council's care leavers have accommodation the council provides, contacts with how they were made,
 * pathway plans with goals, and Staying Put and Staying Close arrangements the council monitors, each within its
 * arrangement's span. (The same settings as {@link DemoIroServiceTests}, so they share one demo council.)
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:demoiro-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=true"})
@AutoConfigureMockMvc
class DemoLeavingCareTests {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserAccounts users;
    @Autowired
    private JdbcTemplate jdbc;

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void theDemoCareLeaversHaveAccommodationContactMethodsPlansAndMonitoredArrangements() throws Exception {
        assertThat(count("select count(*) from leaver_accommodation")).isPositive();
        assertThat(count("select count(*) from care_leaver_contact where method is not null")).isPositive();
        assertThat(count("select count(*) from care_leaver_contact where method is not null and in_touch <> 'YES'")).isZero();
        assertThat(count("select count(*) from pathway_plan")).isPositive();
        assertThat(count("select count(*) from pathway_plan_goal")).isPositive();
        assertThat(count("select count(*) from staying_arrangement")).isPositive();
        assertThat(count("select count(*) from staying_monitoring")).isPositive();
        assertThat(count("select count(*) from staying_monitoring m join staying_arrangement a on a.arrangement_id"
                + " = m.arrangement_id where m.checked_on < a.started or (a.ended is not null and m.checked_on > a.ended)"
                + " or m.checked_on > date '2026-11-22'")).isZero();
        var manager = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("team.manager"));
        mvc.perform(get("/leavers").with(manager)).andExpect(status().isOk());
        mvc.perform(get("/leavers/arrangements").with(manager)).andExpect(status().isOk());
        mvc.perform(get("/leavers/arrangements.csv").with(manager)).andExpect(status().isOk());
    }
}
