package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.lists.ListPage;

/** The Virtual School worklist's tables sort by their own links; a sort for one table leaves the others alone. */
class VirtualSchoolTablesTests extends WebTestSupport {

    private Map<String, Object> model(String address) throws Exception {
        return mvc.perform(get(address).with(as("vsh1"))).andExpect(status().isOk()).andReturn().getModelAndView()
                .getModel();
    }

    @Test
    void aSortNamesItsTableAndTheOtherTablesKeepTheirOwnOrder() throws Exception {
        var model = model("/virtual-school?table=low-attendance&sort=child&order=desc");
        var low = (ListPage<?>) model.get("lowAttendanceList");
        assertThat(low.sort()).isEqualTo("child");
        assertThat(low.descending()).isTrue();
        var peps = (ListPage<?>) model.get("pepList");
        assertThat(peps.sort()).isEqualTo("due");
        assertThat(peps.descending()).isFalse();
        // each header's link names its own table, so the next click sorts that table only
        assertThat(peps.sortLink("child")).isEqualTo("/virtual-school?table=peps&sort=child&order=asc");
        assertThat(low.sortLink("child")).isEqualTo("/virtual-school?table=low-attendance&sort=child&order=asc");
        String html = mvc.perform(get("/virtual-school").with(as("vsh1"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("aria-sort=\"ascending\"");
    }

    @Test
    void theOversightTablesSortAndPageByTheirOwnLinks() throws Exception {
        var model = model("/virtual-school?table=excluded&sort=child&order=desc");
        var excluded = (ListPage<?>) model.get("excludedList");
        assertThat(excluded.sort()).isEqualTo("child");
        assertThat(excluded.descending()).isTrue();
        assertThat(((ListPage<?>) model.get("unspentList")).sort()).isEqualTo("left");
        assertThat(((ListPage<?>) model.get("pepsToRateList")).sortLink("child"))
                .isEqualTo("/virtual-school?table=peps-to-rate&sort=child&order=asc");
        // a count column offers most first
        assertThat(excluded.sortLink("suspensions")).isEqualTo("/virtual-school?table=excluded&sort=suspensions&order=desc");
        assertThat(((ListPage<?>) model.get("remedialList")).wholeListAt("/virtual-school.csv"))
                .isEqualTo("/virtual-school.csv?table=remedial&sort=due&order=asc");
    }

    @Test
    void nonsenseInTheAddressFallsBackToEachTablesOwnOrder() throws Exception {
        var model = model("/virtual-school?table=%3Cscript%3E&sort=nope&order=sideways&page=x");
        assertThat(((ListPage<?>) model.get("schoolList")).sort()).isEqualTo("school");
        assertThat(((ListPage<?>) model.get("missingList")).sort()).isEqualTo("since");
    }

    @Test
    void eachTableHasItsWholeListAsCsvAndAnUnknownTableIsNotFound() throws Exception {
        String html = mvc.perform(get("/virtual-school?table=by-school&sort=children").with(as("vsh1"))).andReturn()
                .getResponse().getContentAsString();
        for (var table : java.util.List.of("peps", "not-in-education", "low-attendance", "by-school", "peps-to-rate",
                "remedial", "excluded", "unspent")) {
            var response = mvc.perform(get("/virtual-school.csv?table=" + table + "&sort=child&order=desc")
                    .with(as("vsh1"))).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(response.getContentType()).startsWith("text/csv");
            assertThat(response.getHeader("Content-Disposition")).contains("virtual-school-" + table);
            assertThat(response.getContentAsString()).as(table).matches("(?s)(Child ID|School),.*\r\n.*");
        }
        assertThat(((ListPage<?>) model("/virtual-school?table=by-school&sort=children").get("schoolList"))
                .wholeListAt("/virtual-school.csv")).isEqualTo("/virtual-school.csv?table=by-school&sort=children&order=desc");
        mvc.perform(get("/virtual-school.csv?table=nope").with(as("vsh1"))).andExpect(status().isNotFound());
        assertThat(html).doesNotContain("Download all <span>0</span>");
    }
}
