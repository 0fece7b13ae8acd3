package org.ourpromise.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.lists.ListPage;

/**
 * The nurse's lists on the test council: each sorts by its own header links (a sort for one table leaves the
 * other alone), and downloads whole, in the page's order, audited as an export; only the nurse downloads them.
 */
class HealthListsTests extends WebTestSupport {

    private Map<String, Object> model(String address) throws Exception {
        return mvc.perform(get(address).with(as("nurse1"))).andExpect(status().isOk()).andReturn().getModelAndView()
                .getModel();
    }

    @Test
    void aSortNamesItsTableAndTheOtherKeepsItsOwnOrder() throws Exception {
        var model = model("/health?table=summaries&sort=child&order=desc");
        var summaries = (ListPage<?>) model.get("summaryList");
        assertThat(summaries.sort()).isEqualTo("child");
        assertThat(summaries.descending()).isTrue();
        var items = (ListPage<?>) model.get("itemList");
        assertThat(items.sort()).isEqualTo("due");
        assertThat(items.descending()).isFalse();
        assertThat(items.sortLink("child")).isEqualTo("/health?table=items&sort=child&order=asc");
        // Jack's health assessment is out of date on the test council
        assertThat(items.total()).isPositive();
        var waits = model("/health/waits?table=seen&sort=weeks");
        var seen = (ListPage<?>) waits.get("seenList");
        assertThat(seen.sort()).isEqualTo("weeks");
        assertThat(seen.descending()).isTrue();
        assertThat(((ListPage<?>) waits.get("waitingList")).sortLink("weeks"))
                .isEqualTo("/health/waits?table=waiting&sort=weeks&order=desc");
    }

    @Test
    void eachListDownloadsWholeAndIsAudited() throws Exception {
        for (var csv : List.of("/health.csv?table=items", "/health.csv?table=summaries", "/health/waits.csv?table=waiting",
                "/health/waits.csv?table=seen")) {
            long before = auditCount("nurse1", "EXPORT");
            var response = mvc.perform(get(csv + "&sort=child&order=desc").with(as("nurse1")))
                    .andExpect(status().isOk()).andReturn().getResponse();
            assertThat(response.getContentType()).startsWith("text/csv");
            assertThat(response.getContentAsString()).as(csv).startsWith("Child ID,Name,");
            assertThat(auditCount("nurse1", "EXPORT")).as(csv).isEqualTo(before + 1);
        }
        var items = mvc.perform(get("/health.csv?table=items").with(as("nurse1"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(items).contains("C1002,Jack Smith,");
        mvc.perform(get("/health.csv?table=nope").with(as("nurse1"))).andExpect(status().isNotFound());
        mvc.perform(get("/health/waits.csv?table=nope").with(as("nurse1"))).andExpect(status().isNotFound());
        for (var user : List.of("sw1", "vsh1")) {
            mvc.perform(get("/health.csv").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/health/waits.csv").with(as(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void thePageLinksToTheDownloadInItsOrder() throws Exception {
        String html = mvc.perform(get("/health?table=items&sort=what&order=desc").with(as("nurse1"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("/health.csv?table=items&amp;sort=what&amp;order=desc", "aria-sort=\"descending\"");
    }
}
