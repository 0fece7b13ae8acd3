package org.ourpromise.casefile;

import org.ourpromise.lists.ListPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
                .andExpect(content().string(containsString("Amira Khan")));
        assertThat(found("kha", "sw1")).isEqualTo(1);
    }

    @Test
    void searchByDateOfBirthAndById() throws Exception {
        assertThat(found("14/03/2012", "sw1")).isEqualTo(1);
        assertThat(found("c100", "perf1")).isEqualTo(3);
    }

    @Test
    void searchNeverShowsChildrenOutsideTheUsersScope() throws Exception {
        mvc.perform(get("/children").param("q", "smith").with(as("sw1")))
                .andExpect(content().string(not(containsString("Jack"))));
        assertThat(found("smith", "sw1")).isZero();
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

    @Test
    void chronologyFiltersByKindOfEvent() throws Exception {
        var html = mvc.perform(get("/children/" + TestCouncil.AMIRA + "/chronology").param("kind", "Review")
                .with(as("sw1"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Review of arrangements held").doesNotContain("Came into care")
                .contains("checked=\"checked\"");
    }

    @Test
    void chronologyFiltersByDateAndSaysWhatIsWrongWithABadDate() throws Exception {
        // Amira came into care on 1 May 2024: nothing of hers is dated before it
        var before = mvc.perform(get("/children/" + TestCouncil.AMIRA + "/chronology").param("to-day", "30")
                .param("to-month", "4").param("to-year", "2024").with(as("sw1")))
                .andReturn().getResponse().getContentAsString();
        assertThat(before).contains("0 events match the filter").doesNotContain("Came into care");
        var bad = mvc.perform(get("/children/" + TestCouncil.AMIRA + "/chronology").param("from-day", "31")
                .param("from-month", "2").param("from-year", "2025").with(as("sw1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("<title>Error: Chronology", "There is a problem",
                "The date to show events from must be a real date", "Came into care");
    }

    @Test
    void chronologyWithNonsenseSortAndPageFallsBackToNewestFirst() throws Exception {
        var html = mvc.perform(get("/children/" + TestCouncil.AMIRA + "/chronology").param("sort", "<script>")
                .param("order", "up").param("page", "-3").with(as("sw1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html.indexOf("Legal status changed")).isPositive().isLessThan(html.indexOf("Came into care"));
        assertThat(html).contains("aria-sort=\"descending\"").doesNotContain("<script>");
    }

    @Test
    void chronologyDownloadsAsCsvAndTheDownloadIsAudited() throws Exception {
        long before = auditCount("sw1", "EXPORT");
        var csv = mvc.perform(get("/children/" + TestCouncil.AMIRA + "/chronology.csv").param("kind", "Care")
                .with(as("sw1"))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("Date,Kind,Event,Details\r\n").contains("2024-05-01,Care,Came into care")
                .doesNotContain("Review of arrangements held");
        assertThat(auditCount("sw1", "EXPORT")).isEqualTo(before + 1);
    }

    @Test
    void aFourteenYearOldInCareIsNotOfferedACareLeaverContactFirst() throws Exception {
        var html = mvc.perform(get("/children/" + TestCouncil.AMIRA).with(as("sw1")))
                .andReturn().getResponse().getContentAsString();
        String offered = html.substring(html.indexOf("id=\"forms-offered\""), html.indexOf("id=\"other-forms\""));
        assertThat(offered).contains("/record/visit\"", "/record/review\"", "/record/pep\"")
                .doesNotContain("/record/care-leaver-contact");
        assertThat(html.substring(html.indexOf("id=\"other-forms\""))).contains("/record/care-leaver-contact",
                "Other forms");
    }

    @Test
    void aTwentyYearOldCareLeaverIsOfferedContactsNotPepsOrReviews() throws Exception {
        var html = mvc.perform(get("/children/" + TestCouncil.LEAH).with(as("pa1")))
                .andReturn().getResponse().getContentAsString();
        String offered = html.substring(html.indexOf("id=\"forms-offered\""), html.indexOf("id=\"other-forms\""));
        assertThat(offered).contains("/record/care-leaver-contact").doesNotContain("/record/pep", "/record/review\"");
    }

    @Test
    void searchResultsDownloadAsCsvWithEveryChildAudited() throws Exception {
        var csv = mvc.perform(get("/children.csv").param("q", "c100").with(as("perf1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.split("\r\n")).hasSize(4).startsWith("Child ID,Given name,Family name,Date of birth");
        // no search words: the header only, as the page finds nobody; an overlong search is refused
        assertThat(mvc.perform(get("/children.csv").with(as("perf1"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).isEqualTo("Child ID,Given name,Family name,Date of birth\r\n");
        mvc.perform(get("/children.csv").param("q", "x".repeat(101)).with(as("perf1"))).andExpect(status().isBadRequest());
    }

    /** How many children the search page says it found. */
    private int found(String q, String user) throws Exception {
        var page = mvc.perform(get("/children").param("q", q).with(as(user))).andReturn().getModelAndView();
        return ((ListPage<?>) page.getModel().get("results")).total();
    }
}
