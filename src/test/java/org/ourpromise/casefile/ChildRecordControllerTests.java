package org.ourpromise.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;

class ChildRecordControllerTests extends WebTestSupport {

    @Test
    void searchFindsAllocatedChildrenByPartOfTheName() throws Exception {
        mvc.perform(get("/children").param("q", "kha").with(as("sw1")))
                .andExpect(status().isOk())
                .andExpect(view().name("children/search"))
                .andExpect(model().attribute("results", hasSize(1)))
                .andExpect(content().string(containsString("Amira Khan")));
    }

    @Test
    void searchByDateOfBirthAndById() throws Exception {
        mvc.perform(get("/children").param("q", "14/03/2012").with(as("sw1")))
                .andExpect(model().attribute("results", hasSize(1)));
        mvc.perform(get("/children").param("q", "c100").with(as("perf1")))
                .andExpect(model().attribute("results", hasSize(3)));
    }

    @Test
    void searchNeverShowsChildrenOutsideTheUsersScope() throws Exception {
        mvc.perform(get("/children").param("q", "smith").with(as("sw1")))
                .andExpect(model().attribute("results", hasSize(0)))
                .andExpect(content().string(not(containsString("Jack"))));
    }

    @Test
    void overlongSearchIsRefusedWithAMessage() throws Exception {
        mvc.perform(get("/children").param("q", "x".repeat(101)).with(as("sw1")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("error", "Search for 100 characters or fewer"))
                .andExpect(model().attributeDoesNotExist("results"));
    }

    @Test
    void recordShowsCurrentFactsAndIsAudited() throws Exception {
        long before = auditCount("sw1", "VIEW_RECORD");
        mvc.perform(get("/children/" + TestCouncil.AMIRA).with(as("sw1")))
                .andExpect(status().isOk())
                .andExpect(view().name("children/record"))
                .andExpect(content().string(containsString("Full care order")))
                .andExpect(content().string(containsString("Foster with other carer, not long-term")))
                .andExpect(content().string(containsString("SW001 (T1)")))
                .andExpect(content().string(containsString("1 May 2024")));
        assertThat(auditCount("sw1", "VIEW_RECORD")).isEqualTo(before + 1);
    }

    @Test
    void chronologyIsNewestFirst() throws Exception {
        var html = mvc.perform(get("/children/" + TestCouncil.AMIRA + "/chronology").with(as("sw1")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int legal = html.indexOf("Legal status changed");
        int review = html.indexOf("Review of arrangements held");
        int came = html.indexOf("Came into care");
        assertThat(legal).isPositive().isLessThan(review);
        assertThat(review).isLessThan(came);
    }

    @Test
    void aChildOutsideScopeIsRefusedAndTheAttemptAudited() throws Exception {
        long before = auditCount("sw1", "ACCESS_DENIED");
        mvc.perform(get("/children/" + TestCouncil.JACK).with(as("sw1")))
                .andExpect(status().isForbidden());
        assertThat(auditCount("sw1", "ACCESS_DENIED")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'sw1' and action = 'VIEW_RECORD'"
                + " and child_id = ?", Long.class, TestCouncil.JACK)).isZero();
    }

    @Test
    void unknownOrMalformedIdsAreNotFound() throws Exception {
        mvc.perform(get("/children/NOPE99").with(as("perf1"))).andExpect(status().isNotFound());
        mvc.perform(get("/children/" + "C".repeat(41)).with(as("perf1"))).andExpect(status().isNotFound());
        mvc.perform(get("/children/bad*id").with(as("perf1"))).andExpect(status().isNotFound());
        // the firewall refuses path parameters before any controller sees them
        mvc.perform(get("/children/bad;id").with(as("perf1"))).andExpect(status().isBadRequest());
    }

    @Test
    void teamManagerSeesTheTeamAndIroSeesTheirChildren() throws Exception {
        mvc.perform(get("/children/" + TestCouncil.AMIRA).with(as("tm1"))).andExpect(status().isOk());
        mvc.perform(get("/children/" + TestCouncil.JACK).with(as("tm1"))).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + TestCouncil.AMIRA).with(as("iro1"))).andExpect(status().isOk());
        mvc.perform(get("/children/" + TestCouncil.LEAH).with(as("pa1"))).andExpect(status().isOk());
        mvc.perform(get("/children/" + TestCouncil.AMIRA).with(as("pa1"))).andExpect(status().isForbidden());
    }
}
