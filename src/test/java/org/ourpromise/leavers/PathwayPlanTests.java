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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Leah's pathway plan: versions kept, a stale save refused, bad input refused with nothing saved. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:leavers-plan-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class PathwayPlanTests extends WebTestSupport {

    private static final String PATH = "/leavers/children/" + TestCouncil.LEAH + "/pathway-plan";

    private MockHttpServletRequestBuilder plan(String version, String health) {
        return post(PATH).param("version", version).param("reviewedOn-day", "2").param("reviewedOn-month", "11")
                .param("reviewedOn-year", "2026").param("needsAssessment", "Needs help with budgeting")
                .param("accommodation", "Her own flat from the council").param("eet", "Second year at college")
                .param("health", health).param("finance", "Bursary and a part-time job")
                .param("relationships", "Close to her aunt").param("goal1", "Pass her driving test")
                .param("action1", "Book lessons").param("by1-day", "31").param("by1-month", "7").param("by1-year", "2027")
                .param("contactMonths", "4").param("youngPersonsView", "I want to be near college").with(as("pa1"))
                .with(csrf());
    }

    private int versions() {
        return jdbc.queryForObject("select count(*) from pathway_plan where child_id = ?", Integer.class, TestCouncil.LEAH);
    }

    @Test
    void eachReviewIsANewVersionAndAStaleOneIsRefused() throws Exception {
        var bad = mvc.perform(plan("0", "").param("goal2", "Find work")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(bad).contains("<title>Error: ", "Enter the health section", "Enter the action for goal 2",
                "Enter the date goal 2 is due by");
        assertThat(versions()).isZero();

        mvc.perform(plan("0", "Registered with a GP")).andExpect(status().is3xxRedirection());
        mvc.perform(plan("1", "Registered with a GP and a dentist")).andExpect(status().is3xxRedirection());
        var stale = mvc.perform(plan("1", "Written from version 1 again")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(stale).contains("Someone else saved a new version of this plan");
        assertThat(versions()).isEqualTo(2);
        // the review day is on the record as a pathway plan, once for the two versions of that day (decision 0198):
        // the engine's pathway plan review item is done
        assertThat(jdbc.queryForObject("select count(*) from plan_event where child_id = ? and kind = 'PATHWAY_PLAN'"
                + " and event_date = date '2026-11-02'", Integer.class, TestCouncil.LEAH)).isEqualTo(1);

        var page = mvc.perform(get(PATH).with(as("pa1"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Version 2, reviewed on 2 November 2026", "Next review due by 2 May 2027",
                "Registered with a GP and a dentist", "Pass her driving test", "31 Jul 2027", "Earlier versions",
                "I want to be near college");
        // the plan's interval and review now set the adviser's duty
        var leaver = mvc.perform(get("/leavers/children/" + TestCouncil.LEAH).with(as("pa1"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(leaver).contains("Keep in touch every 4 months, as the pathway plan sets",
                "Next review due by 2 May 2027");
        // that review falls after her duty ends on her 21st birthday (10 January 2027): not a due item
        assertThat(leaver).doesNotContain("Pathway plan review (every 6 months)");
    }
}
