package org.ourpromise.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;

/**
 * Every long list that adopted {@link Sorting}: its headers are sort links with aria-sort, a bad address falls
 * back to the usual order without an error page, and the whole list downloads with every child in it audited.
 */
// its own database: it adds records the shared test council's other classes count
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:list-pages-tests-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ListPagesTests extends WebTestSupport {

    /** Page, user, a column to sort by: lists the test council fills (Amira in care in T1, Jack without an IRO). */
    private static final List<String[]> LISTS = List.of(
            new String[] {"/caseload?team=T1", "tm1", "child"},
            new String[] {"/permanence", "tm1", "child"},
            new String[] {"/allocations", "tm1", "child"},
            new String[] {"/targets", "perf1", "measure"},
            new String[] {"/children?q=c100", "perf1", "born"},
            new String[] {"/children/" + TestCouncil.AMIRA + "/chronology", "sw1", "kind"});

    /** Lists the test council may leave empty (their tables are then not shown), for the fallback only. */
    private static final List<String[]> MAYBE_EMPTY = List.of(
            new String[] {"/risk", "tm1"},
            new String[] {"/iro/alerts", "tm1"},
            new String[] {"/complaints", "co1"},
            new String[] {"/board/actions", "board1"});

    @Test
    void everyListSortsByItsHeadersLinks() throws Exception {
        for (var l : LISTS) {
            String sep = l[0].contains("?") ? "&" : "?";
            var html = mvc.perform(get(l[0] + sep + "sort=" + l[2] + "&order=desc").with(as(l[1])))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).as(l[0]).contains("aria-sort=\"descending\"", "sort=" + l[2] + "&amp;order=asc");
        }
    }

    @Test
    void aBadAddressFallsBackToTheListsUsualOrder() throws Exception {
        var all = new java.util.ArrayList<>(LISTS);
        all.addAll(MAYBE_EMPTY);
        for (var l : all) {
            String sep = l[0].contains("?") ? "&" : "?";
            mvc.perform(get(l[0] + sep + "sort=%27%3B--&order=%3Cb%3E&page=NaN").with(as(l[1])))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void theChildrenWithoutAWorkerDownloadWholeAndAreAudited() throws Exception {
        long before = auditCount("tm1", "EXPORT");
        var csv = mvc.perform(get("/allocations.csv").param("sort", "child").with(as("tm1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("Child ID,Name,Status,Since,Needs\r\n");
        assertThat(auditCount("tm1", "EXPORT")).isEqualTo(before + 1);
    }

    @Test
    void aDateColumnsHeaderSortsLatestFirstOnItsFirstClick() throws Exception {
        // the tracker is sorted drifting first; its "achieved" date header offers latest first, the child header A to Z
        var html = mvc.perform(get("/permanence").with(as("tm1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("sort=achieved&amp;order=desc", "sort=child&amp;order=asc");
        assertThat(html).doesNotContain("sort=achieved&amp;order=asc");
    }

    @Test
    void theCaseloadDownloadFollowsThePagesOrder() throws Exception {
        var html = mvc.perform(get("/caseload?team=T1&sort=child&order=desc").with(as("tm1")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("/caseload.csv?team=T1&amp;sort=child&amp;order=desc");
    }
}
