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
                .andExpect(model().attribute("errors", hasSize(2)))
                .andExpect(r -> assertThat(((AuditLog.Page) r.getModelAndView().getModel().get("page")).total()).isZero())
                .andExpect(content().string(containsString("Enter the from date as yyyy-mm-dd")));
    }

    @Test
    void onlyAdministratorsMaySearchTheLog() throws Exception {
        mvc.perform(get("/admin/audit").with(as("perf1"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(as("board1"))).andExpect(status().isForbidden());
    }
}
