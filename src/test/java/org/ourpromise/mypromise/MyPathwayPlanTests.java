package org.ourpromise.mypromise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.leavers.LeaverHistory;
import org.ourpromise.staff.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Mia's pathway plan on her own plan page, in words written to her with her goals, what will happen and by when;
 * Noah, signed in on his own account, never sees it; the view is audited against Mia's record.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:mypromise-plan-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=false"})
@AutoConfigureMockMvc
class MyPathwayPlanTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CareRecords records;
    @Autowired
    UserAccounts users;
    @Autowired
    StaffDirectory staff;
    @Autowired
    LeaverHistory history;

    private String plan(String username) throws Exception {
        return mvc.perform(get("/me/plan").with(SecurityMockMvcRequestPostProcessors.user(
                users.loadUserByUsername(username)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void herPlanIsShownToHerOnlyInPlainWords() throws Exception {
        MyPromiseCouncil.load(records, users, staff);
        history.addPlanVersion(MyPromiseCouncil.MIA, new LeaverHistory.PlanVersion(LocalDate.of(2026, 9, 14),
                "Help with budgeting", "Supported lodgings in Leicester", "Level 2 catering at college",
                "Registered with a GP", "Bank account open", "Sees her nan every Sunday", "I want my own flat",
                null, List.of(new LeaverHistory.Goal("Pass the catering course", "Meet the tutor every month",
                        LocalDate.of(2027, 6, 30)))), "me-pa");
        var mia = plan("me-yp1");
        assertThat(mia).contains("Your pathway plan", "agreed this plan on 14 September 2026",
                "by 14 March 2027", "Where you live", "Supported lodgings in Leicester", "What you said about your plan",
                "I want my own flat", "Pass the catering course", "Meet the tutor every month", "30 June 2027");
        var noah = plan("me-yp2");
        assertThat(noah).doesNotContain("id=\"pathway-plan\"", "Supported lodgings in Leicester",
                "Pass the catering course");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where child_id = ? and detail like ?",
                Integer.class, MyPromiseCouncil.MIA, "%own page in My Promise: my plan%")).isPositive();
    }
}
