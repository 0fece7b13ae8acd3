package org.ourpromise.leavers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Leah (born 10 January 2006, so 21 on 10 January 2027; Pat is her personal adviser): a Staying Put arrangement
 * recorded, refused when wrong, changed at the version read, monitored, on Pat's worklist until it is, and counted
 * and listed with its CSV.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:leavers-staying-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class StayingArrangementPageTests extends WebTestSupport {

    private static final String PAGE = "/leavers/children/" + TestCouncil.LEAH + "/arrangements";

    private static MockHttpServletRequestBuilder arrangement(String path, String version, String cost, String untilDay,
            String untilMonth, String untilYear) {
        return post(path).param("kind", "STAYING_PUT").param("carer", "Mr and Mrs Khan")
                .param("started-day", "1").param("started-month", "6").param("started-year", "2026")
                .param("weeklyCost", cost).param("carerSupport", "100").param("version", version)
                .param("supportUntil-day", untilDay).param("supportUntil-month", untilMonth)
                .param("supportUntil-year", untilYear);
    }

    private int arrangements() {
        return jdbc.queryForObject("select count(*) from staying_arrangement where child_id = ?", Integer.class,
                TestCouncil.LEAH);
    }

    @Test
    void anArrangementIsRefusedWhenWrongSavedChangedAtItsVersionMonitoredAndListed() throws Exception {
        // refused: a cost below zero and support paid on her 21st birthday; nothing saved
        var bad = mvc.perform(arrangement(PAGE, "0", "-1", "10", "1", "2027").with(as("pa1")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("<title>Error: ", "The weekly cost must be £0 or more",
                "the last day it is paid must be before their 21st birthday (10 January 2027)");
        assertThat(bad.indexOf("The weekly cost must be")).isLessThan(bad.indexOf("the last day it is paid must"));
        assertThat(arrangements()).isZero();

        // the day before her 21st birthday is the last day it may be paid
        mvc.perform(arrangement(PAGE, "0", "320", "9", "1", "2027").with(as("pa1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(arrangements()).isEqualTo(1);
        long id = jdbc.queryForObject("select arrangement_id from staying_arrangement where child_id = ?", Long.class,
                TestCouncil.LEAH);
        assertThat(jdbc.queryForList("select detail from audit_event where child_id = ? and action = 'RECORD_EVENT'",
                String.class, TestCouncil.LEAH)).anyMatch(d -> d.contains("recorded Staying Put from 2026-06-01"));

        // changed at version 0; a second change still at version 0 is stale and changes nothing
        mvc.perform(arrangement(PAGE + "/" + id, "0", "330", "", "", "").with(as("pa1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var stale = mvc.perform(arrangement(PAGE + "/" + id, "0", "999", "", "", "").with(as("pa1")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else changed this arrangement after you opened it");
        assertThat(jdbc.queryForObject("select weekly_cost from staying_arrangement where arrangement_id = ?",
                java.math.BigDecimal.class, id)).isEqualByComparingTo("330");

        // never monitored since 1 June 2026: due by 1 September 2026, on Pat's worklist
        assertThat(mvc.perform(get("/worklist").with(as("pa1"))).andReturn().getResponse().getContentAsString())
                .contains("Monitor the Staying Put arrangement (visit or check)");
        assertThat(mvc.perform(get(PAGE).with(as("pa1"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Next due by 1 September 2026", "Overdue");

        // a check refused without what was found; then recorded today, which takes it off the worklist
        var today = LocalDate.of(2026, 11, 22); // the tests' fixed today
        var noNotes = mvc.perform(post(PAGE + "/checks").param("arrangementId", String.valueOf(id))
                .param("checkedOn-day", String.valueOf(today.getDayOfMonth()))
                .param("checkedOn-month", String.valueOf(today.getMonthValue()))
                .param("checkedOn-year", String.valueOf(today.getYear())).param("how", "VISIT")
                .with(as("pa1")).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noNotes).contains("<title>Error: ", "Enter the notes on what was found");
        mvc.perform(post(PAGE + "/checks").param("arrangementId", String.valueOf(id))
                .param("checkedOn-day", String.valueOf(today.getDayOfMonth()))
                .param("checkedOn-month", String.valueOf(today.getMonthValue()))
                .param("checkedOn-year", String.valueOf(today.getYear())).param("how", "VISIT")
                .param("notes", "Settled, going to college; the carers are well").with(as("pa1")).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain("govuk-error-summary"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/worklist").with(as("pa1"))).andReturn().getResponse().getContentAsString())
                .doesNotContain("Monitor the Staying Put arrangement");

        // counted and listed, with the CSV of the list
        var list = mvc.perform(get("/leavers/arrangements").with(as("pa1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Leah Brown", "Staying Put, Mr and Mrs Khan", "£330.00");
        var csv = mvc.perform(get("/leavers/arrangements.csv").with(as("pa1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("Leah Brown,Staying Put,Mr and Mrs Khan,2026-06-01,,330.00,100.00");
    }
}
