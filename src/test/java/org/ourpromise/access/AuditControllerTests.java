package org.ourpromise.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;

class AuditControllerTests extends WebTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    private AuditLog audit;

    @Test
    void administratorFindsWhoViewedAChild() throws Exception {
        mvc.perform(get("/children/" + TestCouncil.LEAH).with(as("pa1"))).andExpect(status().isOk());
        var result = mvc.perform(get("/admin/audit").param("child", TestCouncil.LEAH).param("action", "VIEW_RECORD")
                        .with(as("admin1")))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/audit"))
                .andExpect(content().string(containsString("pa1")))
                .andReturn();
        var entries = ((AuditLog.Page) result.getModelAndView().getModel().get("page")).entries();
        assertThat(entries).isNotEmpty().allSatisfy(e -> {
            assertThat(e.childId()).isEqualTo(TestCouncil.LEAH);
            assertThat(e.action()).isEqualTo(AuditLog.Action.VIEW_RECORD);
        });
    }

    @Test
    void searchingTheLogIsItselfAudited() throws Exception {
        long before = auditCount("admin1", "VIEW_AUDIT");
        mvc.perform(get("/admin/audit").with(as("admin1"))).andExpect(status().isOk());
        assertThat(auditCount("admin1", "VIEW_AUDIT")).isEqualTo(before + 1);
    }

    @Test
    void badFiltersAreExplainedAndNothingIsSearched() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "31/13/2026").param("action", "NOPE").with(as("admin1")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("errors", org.hamcrest.Matchers.aMapWithSize(2)))
                .andExpect(r -> assertThat(((AuditLog.Page) r.getModelAndView().getModel().get("page")).total()).isZero())
                .andExpect(content().string(containsString("The start of the period must be a real date")));
        // the page's GOV.UK date inputs: 31 June is no date
        mvc.perform(get("/admin/audit").param("to-day", "31").param("to-month", "6").param("to-year", "2026")
                        .with(as("admin1")))
                .andExpect(model().attribute("errors", org.hamcrest.Matchers.hasEntry("to",
                        "The end of the period must be a real date, for example 1 11 2026")))
                .andExpect(content().string(containsString("<title>Error: Audit log")));
    }

    @Test
    void onlyAdministratorsMaySearchTheLog() throws Exception {
        mvc.perform(get("/admin/audit").with(as("perf1"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(as("board1"))).andExpect(status().isForbidden());
    }

    @Test
    void aChildsSearchFindsEveryListThatShowedThem() throws Exception {
        mvc.perform(get("/caseload").with(as("sw1"))).andExpect(status().isOk());
        mvc.perform(get("/caseload.csv").with(as("sw1"))).andExpect(status().isOk());
        var found = audit.page(new AuditLog.Query("sw1", TestCouncil.AMIRA, null, null, null), 0, 100).entries();
        var caseloads = found.stream().filter(e -> e.detail().contains("caseload")).toList();
        assertThat(caseloads).extracting(AuditLog.Entry::action)
                .contains(AuditLog.Action.VIEW_REPORT, AuditLog.Action.EXPORT);
        assertThat(caseloads).allSatisfy(e -> {
            assertThat(e.childrenShown()).isPositive();
            assertThat(audit.childrenShown(e.id())).contains(TestCouncil.AMIRA).doesNotContain(TestCouncil.JACK);
        });
        // Jack (sw2's) was on none of sw1's caseloads
        assertThat(audit.page(new AuditLog.Query("sw1", TestCouncil.JACK, null, null, null), 0, 100).entries())
                .noneMatch(e -> e.detail().contains("caseload"));
    }

    @Test
    void theLogPagesThroughEverythingAndDownloadsAsCsv() throws Exception {
        for (int i = 0; i < AuditController.PAGE_SIZE + 5; i++) {
            jdbc.update("insert into audit_event (at, username, action, detail) values (current_timestamp, 'pager', "
                    + "'VIEW_REPORT', ?)", i == 0 ? "=HYPERLINK(\"x\")" : "row " + i);
        }
        var first = (AuditLog.Page) mvc.perform(get("/admin/audit").param("username", "pager").with(as("admin1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("page=2")))
                .andReturn().getModelAndView().getModel().get("page");
        assertThat(first.total()).isEqualTo(AuditController.PAGE_SIZE + 5);
        assertThat(first.entries()).hasSize(AuditController.PAGE_SIZE);
        var second = (AuditLog.Page) mvc.perform(get("/admin/audit").param("username", "pager").param("page", "2")
                .with(as("admin1"))).andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("page");
        assertThat(second.entries()).hasSize(5);
        assertThat(second.entries()).extracting(AuditLog.Entry::id).doesNotContainAnyElementsOf(
                first.entries().stream().map(AuditLog.Entry::id).toList());
        mvc.perform(get("/admin/audit").param("page", "nought").with(as("admin1")))
                .andExpect(content().string(containsString("The page must be a whole number from 1")));

        long downloads = auditCount("admin1", "VIEW_AUDIT");
        String csv = mvc.perform(get("/admin/audit.csv").param("username", "pager").with(as("admin1")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", containsString("audit-log.csv")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var lines = csv.split("\r\n");
        assertThat(lines).hasSize(AuditController.PAGE_SIZE + 6);
        assertThat(lines[0]).isEqualTo("\"When\",\"Who\",\"Action\",\"Child ID\",\"Children shown\",\"Detail\"");
        // a formula is written as text, and quotes are doubled
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(auditCount("admin1", "VIEW_AUDIT")).isEqualTo(downloads + 1);
        mvc.perform(get("/admin/audit.csv").with(as("perf1"))).andExpect(status().isForbidden());
    }
}
