package org.ourpromise.worklists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;

import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.record.Allocation;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** "My children": the default for a social worker, IRO and personal adviser; "all" widens to their scope. */
class MyChildrenFilterTests extends WebTestSupport {

    private Worklist worklist(MockHttpServletRequestBuilder request) throws Exception {
        return (Worklist) mvc.perform(request).andReturn().getModelAndView().getModel().get("worklist");
    }

    @Test
    void aCaseHoldersWorklistOpensOnTheirOwnChildren() throws Exception {
        var mine = worklist(get("/worklist").with(as("sw1")));
        assertThat(mine.items()).isNotEmpty().allSatisfy(i -> assertThat(i.worker()).isEqualTo("SW001"));
        mvc.perform(get("/worklist").with(as("sw1"))).andExpect(model().attribute("csvLink", "/worklist.csv?show=mine&sort=due&order=asc"));
        var iro = worklist(get("/worklist").with(as("iro1")));
        assertThat(iro.items()).isNotEmpty().allSatisfy(i -> assertThat(i.worker()).isEqualTo("IRO01"));
    }

    @Test
    void showAllWidensToEveryChildTheyMaySeeAndAManagerHasNoOwnCases() throws Exception {
        // a team colleague's child, visible to sw1 through the team but not theirs
        jdbc.update("update allocation set team = 'T1' where child_id = ? and role = ?", TestCouncil.JACK,
                Allocation.Role.SOCIAL_WORKER.name());
        try {
            var all = worklist(get("/worklist").param("show", "all").with(as("sw1")));
            assertThat(all.items()).extracting(WorkItem::childId).contains(TestCouncil.AMIRA, TestCouncil.JACK);
            var mine = worklist(get("/worklist").param("show", "mine").with(as("sw1")));
            assertThat(mine.items()).extracting(WorkItem::childId).containsOnly(TestCouncil.AMIRA);
        } finally {
            jdbc.update("update allocation set team = 'T2' where child_id = ? and role = ?", TestCouncil.JACK,
                    Allocation.Role.SOCIAL_WORKER.name());
        }
        assertThat(worklist(get("/worklist").with(as("tm1"))).items()).isNotEmpty();
        mvc.perform(get("/worklist").param("show", "everyone").with(as("sw1")))
                .andExpect(model().attribute("errors", hasKey("show")));
    }
}
