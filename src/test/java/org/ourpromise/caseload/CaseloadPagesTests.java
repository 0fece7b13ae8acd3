package org.ourpromise.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class CaseloadPagesTests extends WebTestSupport {

    @SuppressWarnings("unchecked")
    private List<CaseloadLine> lines(MockHttpServletRequestBuilder request) throws Exception {
        return (List<CaseloadLine>) mvc.perform(request).andExpect(status().isOk())
                .andExpect(view().name("caseload/caseload")).andReturn().getModelAndView().getModel().get("lines");
    }

    @Test
    void aWorkersCaseloadIsTheirChildrenWithStatusPlacementNextDueAndLastVisit() throws Exception {
        long before = auditCount("sw1", "VIEW_REPORT");
        var mine = lines(get("/caseload").with(as("sw1")));
        assertThat(mine).extracting(CaseloadLine::childId).containsExactly(TestCouncil.AMIRA);
        var amira = mine.get(0);
        assertThat(amira.legalStatus()).isNotBlank();
        assertThat(amira.placement()).isNotBlank();
        assertThat(amira.nextDue()).isNotNull();
        assertThat(amira.worker()).isEqualTo("SW001");
        assertThat(auditCount("sw1", "VIEW_REPORT")).isEqualTo(before + 1);
        assertThat(lines(get("/caseload").with(as("pa1")))).extracting(CaseloadLine::childId)
                .containsExactly(TestCouncil.LEAH);
    }

    @Test
    void aTeamsCaseloadShowsOnlyChildrenTheUserMaySee() throws Exception {
        assertThat(lines(get("/caseload").with(as("tm1")))).extracting(CaseloadLine::childId)
                .containsExactly(TestCouncil.AMIRA);
        assertThat(lines(get("/caseload").param("team", "T2").with(as("tm1")))).isEmpty();
        assertThat(lines(get("/caseload").param("team", "T2").with(as("perf1")))).extracting(CaseloadLine::childId)
                .containsExactly(TestCouncil.JACK);
        // no caseload of their own and no team: they choose one
        assertThat(lines(get("/caseload").with(as("perf1")))).isEmpty();
        mvc.perform(get("/caseload").with(as("board1"))).andExpect(status().isForbidden());
        mvc.perform(get("/caseload").param("team", "<b>").with(as("tm1"))).andExpect(status().isOk());
    }

    @Test
    void theCsvHasAHeaderAndALinePerChild() throws Exception {
        var csv = mvc.perform(get("/caseload.csv").param("team", "T1").with(as("tm1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var rows = csv.split("\r\n");
        assertThat(rows[0]).isEqualTo("Child ID,Name,Status,Legal status,Placement,Next due,Due date,Last visit,Worker,"
                + "Worker name");
        assertThat(rows).hasSize(2);
        assertThat(rows[1]).startsWith(TestCouncil.AMIRA + ",Amira Khan,");
        mvc.perform(get("/caseload.csv").with(as("perf1"))).andExpect(status().isBadRequest());
    }
}
