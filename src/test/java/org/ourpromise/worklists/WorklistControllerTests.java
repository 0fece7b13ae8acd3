package org.ourpromise.worklists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.timescales.DueStatus;
import org.springframework.beans.factory.annotation.Autowired;

class WorklistControllerTests extends WebTestSupport {

    @Autowired
    private LatenessReasons lateness;

    private Worklist worklistOf(String user) throws Exception {
        return (Worklist) mvc.perform(get("/worklist").with(as(user))).andExpect(status().isOk())
                .andExpect(view().name("worklists/worklist")).andReturn().getModelAndView().getModel().get("worklist");
    }

    @Test
    void aSocialWorkerSeesTheirChildrensVisitsPlansAndHealthOverdueFirst() throws Exception {
        var list = worklistOf("sw1");
        assertThat(list.items()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.childId()).isEqualTo(TestCouncil.AMIRA);
            assertThat(RuleGroup.of(i.item().rule())).isEqualTo(RuleGroup.SOCIAL_WORKER);
            assertThat(i.worker()).isEqualTo("SW001");
        });
        assertThat(list.items()).isSortedAccordingTo(Worklist.ORDER);
        assertThat(list.items().get(0).item().status()).isEqualTo(DueStatus.OVERDUE);
        assertThat(auditCount("sw1", "VIEW_REPORT")).isPositive();
    }

    @Test
    void anIroSeesReviewsAndAPersonalAdviserContacts() throws Exception {
        assertThat(worklistOf("iro1").items()).isNotEmpty()
                .allSatisfy(i -> assertThat(RuleGroup.of(i.item().rule())).isEqualTo(RuleGroup.REVIEWING_OFFICER));
        // the adviser's contacts come from the leavers room's duty (decision 0198; AdviserContactPageTests), not the
        // engine's chain; Leah's pathway plan review falls after her duty ends, so the engine leaves Pat nothing
        assertThat(worklistOf("pa1").items()).allSatisfy(i -> {
            assertThat(i.childId()).isEqualTo(TestCouncil.LEAH);
            assertThat(RuleGroup.of(i.item().rule())).isEqualTo(RuleGroup.PERSONAL_ADVISER);
            assertThat(i.item().rule()).isNotEqualTo(org.ourpromise.timescales.DeadlineRule.PA_CONTACT);
        });
    }

    @Test
    void theTeamManagerGetsCountsByWorkerAndThePerformanceOfficerEveryone() throws Exception {
        var team = worklistOf("tm1");
        assertThat(team.items()).extracting(WorkItem::childId).containsOnly(TestCouncil.AMIRA);
        assertThat(team.countsByWorker()).containsKey("SW001");
        assertThat(worklistOf("perf1").items()).extracting(WorkItem::childId)
                .contains(TestCouncil.AMIRA, TestCouncil.JACK);
    }

    @Test
    void filtersAreCheckedAndApplied() throws Exception {
        mvc.perform(get("/worklist").param("rule", "NOT_A_RULE").param("team", "<script>").with(as("perf1")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("rule")))
                .andExpect(model().attribute("errors", hasKey("team")))
                .andExpect(content().string(containsString("Select a deadline from the list")));
        var filtered = (Worklist) mvc.perform(get("/worklist").param("worker", "SW002").with(as("perf1")))
                .andReturn().getModelAndView().getModel().get("worklist");
        assertThat(filtered.items()).isNotEmpty().allSatisfy(i -> assertThat(i.childId()).isEqualTo(TestCouncil.JACK));
    }

    @SuppressWarnings("unchecked")
    private java.util.List<WorkItem> pageOf(String user, String address) throws Exception {
        var list = (org.ourpromise.lists.ListPage<WorkItem>) mvc.perform(get(address).with(as(user)))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("list");
        return list.items();
    }

    @Test
    void theWorklistSortsByItsColumnsAndItsCsvFollowsThePagesOrder() throws Exception {
        // its own order by default: overdue first, then by due date
        assertThat(pageOf("tm1", "/worklist")).isEqualTo(worklistOf("tm1").items().subList(0,
                Math.min(50, worklistOf("tm1").items().size())));
        var byWhat = pageOf("tm1", "/worklist?sort=what&order=desc");
        assertThat(byWhat).extracting(i -> i.item().rule().description())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        var byChild = pageOf("tm1", "/worklist?sort=child");
        assertThat(byChild).extracting(WorkItem::childName).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        var csv = mvc.perform(get("/worklist.csv?sort=what&order=desc").with(as("tm1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().split("\r\n");
        for (int i = 0; i < byWhat.size(); i++) {
            assertThat(csv[i + 1]).startsWith(byWhat.get(i).childId() + "," + byWhat.get(i).childName() + ","
                    + byWhat.get(i).item().rule().name() + ",");
        }
        // the headers are links that keep the filter, and the CSV link keeps the sort
        mvc.perform(get("/worklist?show=all&sort=due").with(as("sw1")))
                .andExpect(content().string(containsString("/worklist?show=all&amp;sort=child&amp;order=asc")))
                .andExpect(content().string(containsString("/worklist.csv?show=all&amp;sort=due&amp;order=asc")));
    }

    @Test
    void theCsvHasAHeaderAndOneLinePerItemAndIsAudited() throws Exception {
        long before = auditCount("sw1", "EXPORT");
        var list = worklistOf("sw1");
        var response = mvc.perform(get("/worklist.csv").with(as("sw1"))).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("worklist-2026-11-22.csv");
        var lines = response.getContentAsString().split("\r\n");
        assertThat(lines[0]).isEqualTo(WorklistCsv.HEADER);
        assertThat(lines).hasSize(list.items().size() + 1);
        var first = list.items().get(0);
        assertThat(lines[1]).startsWith("C1001,Amira Khan," + first.item().rule().name() + ",")
                .contains("," + first.item().due() + ",Overdue,");
        assertThat(auditCount("sw1", "EXPORT")).isEqualTo(before + 1);
        mvc.perform(get("/worklist.csv").param("rule", "nope").with(as("sw1"))).andExpect(status().isBadRequest());
    }

    @Test
    void eachLineOpensTheFormThatMeetsIt() throws Exception {
        var item = worklistOf("sw1").items().stream()
                .filter(i -> org.ourpromise.casefile.RecordingForms.pathFor(i.item().rule()) != null).findFirst().orElseThrow();
        String href = "/children/" + item.childId() + "/record/" + org.ourpromise.casefile.RecordingForms.linkFor(item.item().rule());
        mvc.perform(get("/worklist").with(as("sw1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + href + "\"")));
        // a team manager may record events too, so sees the links
        mvc.perform(get("/worklist").with(as("tm1"))).andExpect(content().string(containsString("Record it")));
    }

    @Test
    void csvCellsAreQuotedAndCannotStartAFormula() {
        assertThat(org.ourpromise.lists.CsvTable.cell("Khan, Amira")).isEqualTo("\"Khan, Amira\"");
        assertThat(org.ourpromise.lists.CsvTable.cell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(org.ourpromise.lists.CsvTable.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
    }

    @Test
    void aReasonForLatenessIsSavedAuditedAndShownOnTheWorklistAndTheRecord() throws Exception {
        var item = worklistOf("sw1").items().get(0);
        mvc.perform(get("/worklist/lateness").param("child", item.childId()).param("rule", item.item().rule().name())
                .param("due", item.item().due().toString()).with(as("sw1")))
                .andExpect(status().isOk()).andExpect(view().name("worklists/lateness"))
                .andExpect(content().string(containsString("Court timescales")));
        long before = lateness.count();
        mvc.perform(post("/worklist/lateness").param("child", item.childId()).param("rule", item.item().rule().name())
                .param("due", item.item().due().toString()).param("reason", "4").param("note", "Worker off sick")
                .with(as("sw1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(lateness.count()).isEqualTo(before + 1);
        var again = worklistOf("sw1").items().stream().filter(i -> i.item().equals(item.item())).findFirst().orElseThrow();
        assertThat(again.explanation()).isNotNull();
        assertThat(again.explanation().reason()).isEqualTo("Sickness");
        mvc.perform(get("/children/" + item.childId()).with(as("sw1")))
                .andExpect(content().string(containsString("Reasons for lateness")))
                .andExpect(content().string(containsString("Worker off sick")));
        // the timeliness summary of a period holding the item counts it under its reason, for any role
        var due = item.item().due().toString();
        var summary = (Timeliness) mvc.perform(get("/timeliness").param("from", due).param("to", due).with(as("board1")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Why deadlines were missed")))
                .andReturn().getModelAndView().getModel().get("summary");
        var row = summary.rows().stream().filter(r -> r.rule() == item.item().rule()).findFirst().orElseThrow();
        assertThat(row.reasons()).extracting(Timeliness.ReasonCount::reason).contains("Sickness");
        assertThat(summary.reasons()).anySatisfy(c -> {
            assertThat(c.reason()).isEqualTo("Sickness");
            assertThat(c.outstanding()).isPositive();
        });
    }

    @Test
    void aBadReasonOrTooLongTextSavesNothingAndSaysWhy() throws Exception {
        var item = worklistOf("sw1").items().get(0);
        long before = lateness.count();
        mvc.perform(post("/worklist/lateness").param("child", item.childId()).param("rule", item.item().rule().name())
                .param("due", item.item().due().toString()).param("reason", "99").param("note", "x".repeat(501))
                .with(as("sw1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("worklists/lateness"))
                .andExpect(model().attribute("errors", hasKey("reason")))
                .andExpect(model().attribute("errors", hasKey("note")))
                .andExpect(content().string(containsString("Select a reason for lateness from the list")))
                .andExpect(content().string(containsString("Explain in 500 characters or fewer (you wrote 501)")));
        mvc.perform(post("/worklist/lateness").param("child", item.childId()).param("rule", "REVIEW_FIRST")
                .param("due", "2001-01-01").param("reason", "1").with(as("sw1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("item")));
        assertThat(lateness.count()).isEqualTo(before);
    }

    @Test
    void noReasonCanBeRecordedForAChildOutsideTheUsersScope() throws Exception {
        mvc.perform(post("/worklist/lateness").param("child", TestCouncil.JACK).param("rule", "REVIEW_FIRST")
                .param("due", "2025-02-03").param("reason", "1").with(as("sw1")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
