package org.ourpromise.worklists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;

/** The digest ({@link DigestController}) and the timeliness summary ({@link TimelinessController}). */
class DigestAndTimelinessControllerTests extends WebTestSupport {

    @Test
    void theDigestShowsNewlyOverdueSinceTheLastWorkingDayAndDueInFiveWorkingDays() throws Exception {
        // 22 November 2026 is a Sunday: the last working day is Friday 20th; 5 working days on is Friday 27th
        var digest = (Digest) mvc.perform(get("/digest").with(as("sw1"))).andExpect(status().isOk())
                .andExpect(view().name("worklists/digest")).andReturn().getModelAndView().getModel().get("digest");
        assertThat(digest.overdueSince()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(digest.dueBy()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(digest.newlyOverdue()).allSatisfy(i -> assertThat(i.item().due())
                .isBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21)));
        assertThat(digest.dueSoon()).allSatisfy(i -> assertThat(i.item().due())
                .isBetween(TestCouncil.TODAY, LocalDate.of(2026, 11, 27)));
    }

    @Test
    void timelinessCountsForTheBoardWithoutDrillDown() throws Exception {
        mvc.perform(get("/timeliness").param("from", "2024-04-01").param("to", "2026-11-22")
                .param("rule", "REVIEW_SECOND").param("outcome", "DUE").with(as("board1")))
                .andExpect(status().isOk()).andExpect(view().name("worklists/timeliness"))
                .andExpect(model().attributeExists("summary"))
                .andExpect(model().attribute("drillDown", nullValue()))
                .andExpect(content().string(containsString("Your role sees the figures only")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTeamManagersDrillDownHoldsOnlyTheirTeamsChildren() throws Exception {
        var model = mvc.perform(get("/timeliness").param("from", "2024-04-01").param("to", "2026-11-22")
                .param("rule", "VISIT_FIRST_WEEK").param("outcome", "DUE").with(as("tm1")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel();
        var summary = (Timeliness) model.get("summary");
        assertThat(summary.rows()).isNotEmpty();
        var drill = (List<WorkItem>) model.get("drillDown");
        assertThat(drill).extracting(WorkItem::childId).containsOnly(TestCouncil.AMIRA);
    }

    @Test
    void badDatesAreExplained() throws Exception {
        mvc.perform(get("/timeliness").param("from", "2026-02-31").param("to", "2026-01-01").with(as("perf1")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("from")))
                .andExpect(content().string(containsString("must be a real date")));
        // the page's own GOV.UK date inputs: 31 February is no date, and nothing is counted
        mvc.perform(get("/timeliness").param("from-day", "31").param("from-month", "2").param("from-year", "2026")
                        .with(as("perf1")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("from")))
                .andExpect(model().attributeDoesNotExist("summary"))
                .andExpect(content().string(containsString("The start of the period must be a real date")))
                .andExpect(content().string(containsString("<title>Error: Timeliness")));
        mvc.perform(get("/timeliness").param("from", "2026-03-01").param("to", "2026-01-01").with(as("perf1")))
                .andExpect(model().attribute("errors", hasKey("to")));
    }
}
