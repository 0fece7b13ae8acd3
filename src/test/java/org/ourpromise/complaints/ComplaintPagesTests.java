package org.ourpromise.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.access.AuditLog;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.DueStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The complaints officer logs a complaint, records its stages and sees the deadlines on the complaint, on their
 * worklist and in the timeliness summary. Worked by hand: received Wednesday 17 December 2025, so the stage 1
 * limit of 10 working days skips Christmas Day, Boxing Day and New Year's Day and falls on Monday 5 January 2026.
 */
class ComplaintPagesTests extends WebTestSupport {

    @Autowired
    private ComplaintRegister register;
    @Autowired
    private AuditLog audit;

    private static MockHttpServletRequestBuilder withDate(MockHttpServletRequestBuilder req, String field, LocalDate d) {
        return req.param(field + "-day", String.valueOf(d.getDayOfMonth()))
                .param(field + "-month", String.valueOf(d.getMonthValue()))
                .param(field + "-year", String.valueOf(d.getYear()));
    }

    private String log(String child, LocalDate received, String summary) throws Exception {
        var result = mvc.perform(withDate(post("/complaints/new"), "received", received).param("child", child)
                .param("summary", summary).param("madeBy", "ADVOCATE").with(as("co1")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return result.getResponse().getRedirectedUrl().substring("/complaints/".length());
    }

    @Test
    void aComplaintOverChristmasIsDueOnTheTenthWorkingDayAndAnsweredLateTheDayAfter() throws Exception {
        var reference = log(TestCouncil.AMIRA, LocalDate.of(2025, 12, 17), "Family time not arranged");
        assertThat(reference).matches("CP2025-\\d{4}");
        var logged = register.find(reference).orElseThrow();
        assertThat(logged.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(DeadlineRule.COMPLAINT_STAGE_1);
            assertThat(d.due()).isEqualTo(LocalDate.of(2026, 1, 5));
            assertThat(d.status()).isEqualTo(DueStatus.OVERDUE);
        });
        mvc.perform(withDate(withDate(post("/complaints/" + reference), "received", LocalDate.of(2025, 12, 17)),
                "stage1Responded", LocalDate.of(2026, 1, 6)).param("summary", "Family time not arranged")
                .param("madeBy", "ADVOCATE").param("version", "0").with(as("co1")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(register.find(reference).orElseThrow().deadlines()).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DueStatus.DONE_LATE));
        mvc.perform(get("/complaints/" + reference).with(as("co1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Done late")))
                .andExpect(content().string(containsString("Amira Khan")))
                .andExpect(content().string(containsString("The child, through an advocate")));
        var entries = audit.search(new AuditLog.Query("co1", TestCouncil.AMIRA, null, null, null), 10);
        assertThat(entries).extracting(AuditLog.Entry::detail).contains("logged complaint " + reference,
                "viewed complaint " + reference);
    }

    @Test
    void anOpenComplaintIsOnTheWorklistOverdueFirstAndInTheCsv() throws Exception {
        var overdue = log(TestCouncil.JACK, LocalDate.of(2026, 11, 2), "Not enough support");  // due 16 Nov: overdue
        var due = log(TestCouncil.LEAH, LocalDate.of(2026, 11, 20), "Pocket money late");     // due 4 Dec
        var page = mvc.perform(get("/complaints").with(as("co1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // the deadlines table comes first on the page; the register below it lists newest first
        assertThat(page.indexOf(overdue)).isLessThan(page.indexOf(due));
        assertThat(page).contains("Overdue by 6 days");
        mvc.perform(get("/complaints.csv").param("rule", "COMPLAINT_STAGE_1").with(as("co1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(overdue + "," + TestCouncil.JACK + ",Jack Smith,")))
                .andExpect(content().string(containsString("2026-11-16,Overdue,6,")));
    }

    @Test
    void theComplaintsOfficerRecordsWhyAStageWasLateAndTheTimelinessPageCountsIt() throws Exception {
        var reference = log(TestCouncil.AMIRA, LocalDate.of(2025, 12, 17), "Views not listened to");
        mvc.perform(get("/complaints/" + reference).with(as("co1")))
                .andExpect(content().string(containsString("/complaints/" + reference + "/lateness?rule=COMPLAINT_STAGE_1")));
        mvc.perform(get("/complaints/" + reference + "/lateness").param("rule", "COMPLAINT_STAGE_1").param("due", "2026-01-05")
                .with(as("co1"))).andExpect(status().isOk()).andExpect(content().string(containsString(reference)));
        // a due date the complaint does not have is refused
        mvc.perform(post("/complaints/" + reference + "/lateness").param("rule", "COMPLAINT_STAGE_1").param("due", "2026-01-06")
                .param("reason", "1").with(as("co1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("item")));
        mvc.perform(post("/complaints/" + reference + "/lateness").param("rule", "COMPLAINT_STAGE_1").param("due", "2026-01-05")
                .param("reason", "4").param("note", "Investigating officer off sick").with(as("co1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // the reason shows on the complaints officer's worklist and in its CSV
        mvc.perform(get("/complaints").with(as("co1"))).andExpect(content().string(containsString("Investigating officer off sick")));
        mvc.perform(get("/complaints.csv").with(as("co1")))
                .andExpect(content().string(containsString(",Sickness,Investigating officer off sick")));
        var summary = (org.ourpromise.worklists.Timeliness) mvc.perform(get("/timeliness").param("from", "2026-01-05")
                .param("to", "2026-01-05").with(as("perf1"))).andExpect(status().isOk()).andReturn().getModelAndView()
                .getModel().get("summary");
        assertThat(summary.rows()).filteredOn(r -> r.rule() == DeadlineRule.COMPLAINT_STAGE_1).singleElement()
                .satisfies(r -> assertThat(r.reasons()).extracting(c -> c.reason()).contains("Sickness"));
    }

    @Test
    void badInputIsExplainedAndNothingIsSaved() throws Exception {
        int before = register.all().size();
        mvc.perform(withDate(post("/complaints/new"), "received", LocalDate.of(2026, 11, 1)).param("child", "C9999")
                .param("summary", "").with(as("co1")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("child")))
                .andExpect(model().attribute("errors", hasKey("summary")))
                .andExpect(content().string(containsString("There is no child with the ID C9999")));
        var reference = log(TestCouncil.AMIRA, LocalDate.of(2026, 10, 1), "Delay");
        mvc.perform(withDate(withDate(post("/complaints/" + reference), "received", LocalDate.of(2026, 10, 1)),
                "stage2Requested", LocalDate.of(2026, 10, 20)).param("summary", "Delay").param("madeBy", "CHILD")
                .with(as("co1")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the date the stage 1 response was sent first")));
        assertThat(register.find(reference).orElseThrow().complaint().stage2Requested()).isNull();
        assertThat(register.all()).hasSize(before + 1);
        mvc.perform(get("/complaints/CP2026-9999").with(as("co1"))).andExpect(status().isNotFound());
        mvc.perform(get("/complaints/nonsense").with(as("co1"))).andExpect(status().isNotFound());
    }

    @Test
    void stageDeadlinesCountInTheTimelinessSummaryButOnlyTheComplaintsOfficerSeesWhoseTheyAre() throws Exception {
        log(TestCouncil.JACK, LocalDate.of(2026, 11, 3), "Changes of social worker");
        var summary = mvc.perform(get("/timeliness").param("from", "2026-11-01").param("to", "2026-11-22")
                .with(as("perf1"))).andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("summary");
        assertThat(((org.ourpromise.worklists.Timeliness) summary).rows())
                .anySatisfy(r -> assertThat(r.rule()).isEqualTo(DeadlineRule.COMPLAINT_STAGE_1));
        mvc.perform(get("/timeliness").param("from", "2026-11-01").param("to", "2026-11-22")
                .param("rule", "COMPLAINT_STAGE_1").param("outcome", "DUE").with(as("perf1")))
                .andExpect(model().attribute("drillDown", nullValue()));
        var drill = mvc.perform(get("/timeliness").param("from", "2026-11-01").param("to", "2026-11-22")
                .param("rule", "COMPLAINT_STAGE_1").param("outcome", "DUE").with(as("co1")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("drillDown");
        assertThat((List<?>) drill).isNotEmpty();
    }
}
