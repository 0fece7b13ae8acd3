package org.ourpromise.leavers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.timescales.CareLeaverBands;

/**
 * Leah (born 10 January 2006, in care from 15 until her 18th birthday) is a former relevant care leaver of 20 on
 * 1 March 2026; her contact of 12 January 2026 (in touch, full-time education, suitable accommodation) is within
 * the two months before it.
 */
class LeaversPageTests extends WebTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void theBoardsFiguresAsAtADayCountLeahIn19To21() throws Exception {
        var figures = (List<Object>) mvc.perform(get("/leavers").param("asAt", "2026-03-01").with(as("pa1")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("figures");
        assertThat(figures).contains(new CareLeaverBands.Figures(CareLeaverBands.Band.AGED_19_TO_21, 1, 1, 1, 1, 0));
        // on 13 March the contact is two months and a day old: no longer in touch
        var later = (List<Object>) mvc.perform(get("/leavers").param("asAt", "2026-03-13").with(as("pa1")))
                .andReturn().getModelAndView().getModel().get("figures");
        assertThat(later).contains(new CareLeaverBands.Figures(CareLeaverBands.Band.AGED_19_TO_21, 1, 0, 1, 1, 0));
    }

    @Test
    void aDateThatIsNotOneIsSaidSo() throws Exception {
        mvc.perform(get("/leavers").param("asAt", "2026-02-30").with(as("pa1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Care leavers")));
    }

    @Test
    void eachYoungPersonTheUserMaySeeIsListedWithTheirStatusFromTheRecord() throws Exception {
        mvc.perform(get("/leavers").with(as("pa1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Leah Brown")))
                .andExpect(content().string(containsString("Former relevant")));
        // Jack (17, in care since January 2025) is eligible: his social worker sees him, Pat does not
        mvc.perform(get("/leavers").with(as("sw2"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Jack Smith")));
        var page = mvc.perform(get("/leavers").with(as("pa1"))).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Jack Smith");
    }

    @Test
    void theYoungPersonsPageShowsTheirStatusAndTheEndOfTheDuty() throws Exception {
        mvc.perform(get("/leavers/children/" + org.ourpromise.TestCouncil.JACK).with(as("sw2"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Eligible")))
                .andExpect(content().string(containsString("the social worker&#39;s visits apply")))
                .andExpect(content().string(containsString("1 July 2030")));
        mvc.perform(get("/leavers/children/" + org.ourpromise.TestCouncil.JACK).with(as("pa1")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theWholeListDownloadsAsCsvOfTheYoungPeopleTheUserMaySeeAudited() throws Exception {
        var page = mvc.perform(get("/leavers").param("asAt", "2026-03-01").with(as("pa1"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("/leavers.csv?").contains("asAt=2026-03-01");
        long before = auditCount("pa1", "EXPORT");
        String csv = mvc.perform(get("/leavers.csv").param("asAt", "2026-03-01").param("sort", "name")
                .with(as("pa1"))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv")).andReturn().getResponse()
                .getContentAsString();
        // Leah was 20 on 1 March 2026, and former relevant; Jack is not Pat's
        assertThat(csv).startsWith("Child ID,Young person,Age,Leaving-care status\r\n")
                .contains(org.ourpromise.TestCouncil.LEAH + ",Leah Brown,20,Former relevant").doesNotContain("Jack");
        assertThat(auditCount("pa1", "EXPORT")).isEqualTo(before + 1);
        assertThat(mvc.perform(get("/leavers.csv").with(as("sw2"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Jack Smith");
        mvc.perform(get("/leavers.csv").with(as("board1"))).andExpect(status().isForbidden());
    }
}
