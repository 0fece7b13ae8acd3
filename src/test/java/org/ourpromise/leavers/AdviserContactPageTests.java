package org.ourpromise.leavers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.test.context.TestPropertySource;

/**
 * Leah (former relevant, 20 on 22 November 2026, left care on her 18th birthday, last in touch and plan reviewed on
 * 12 January 2026; Pat is her adviser): her adviser's contact duty on her page and on Pat's worklist, and the
 * council's accommodation that changes it.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:leavers-contact-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class AdviserContactPageTests extends WebTestSupport {

    private String page() throws Exception {
        return mvc.perform(get("/leavers/children/" + TestCouncil.LEAH).with(as("pa1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theDutyShowsOnHerPageAndOnHerAdvisersWorklistAndTheCouncilsAccommodationChangesIt() throws Exception {
        // not accommodated by the council: three months from 12 January (former relevant), and a visit before the
        // review due six months after the last
        assertThat(page()).contains("Keep in touch every 3 months (the pathway plan sets no interval)", "12 Apr 2026",
                "Visit before the pathway plan review", "12 Jul 2026", "Overdue");
        var worklist = mvc.perform(get("/worklist").with(as("pa1"))).andReturn().getResponse().getContentAsString();
        assertThat(worklist).contains("Visit before the pathway plan review");

        // refused: no description, and an end before the start; nothing saved
        var bad = mvc.perform(post("/leavers/children/" + TestCouncil.LEAH + "/accommodation")
                .param("providedFrom-day", "1").param("providedFrom-month", "11").param("providedFrom-year", "2026")
                .param("providedUntil-day", "1").param("providedUntil-month", "10").param("providedUntil-year", "2026")
                .with(as("pa1")).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("<title>Error: ", "Enter the description of the accommodation",
                "The date it stopped must be after the date it began");
        assertThat(jdbc.queryForObject("select count(*) from leaver_accommodation", Integer.class)).isZero();

        mvc.perform(post("/leavers/children/" + TestCouncil.LEAH + "/accommodation")
                .param("providedFrom-day", "1").param("providedFrom-month", "11").param("providedFrom-year", "2026")
                .param("description", "Supported lodgings").with(as("pa1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // a visit within 7 days of 1 November, and visits at most every two months from the last (12 January)
        assertThat(page()).contains("Supported lodgings", "Visit within 7 days of the council first providing accommodation",
                "8 Nov 2026", "Visit: at most every 2 months while the council provides the accommodation", "12 Mar 2026");
        assertThat(jdbc.queryForList("select action from audit_event where child_id = ? and action = 'RECORD_EVENT'",
                String.class, TestCouncil.LEAH)).isNotEmpty();
    }
}
