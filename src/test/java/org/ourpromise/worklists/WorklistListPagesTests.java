package org.ourpromise.worklists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.lists.ListPage;

/** The timeliness drill-down and the digest as long lists: sorted by a column, the total, the CSV of the whole list. */
class WorklistListPagesTests extends WebTestSupport {

    private static final String DRILL = "/timeliness?from=2021-04-01&to=2026-11-22&rule=VISIT_FIRST_WEEK&outcome=DUE";

    @Test
    @SuppressWarnings("unchecked")
    void theChildrenBehindATimelinessFigureSortByChildAndDownloadWhole() throws Exception {
        var model = mvc.perform(get(DRILL + "&sort=child&order=desc").with(as("tm1"))).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel();
        var all = (List<WorkItem>) model.get("drillDown");
        var list = (ListPage<WorkItem>) model.get("drillList");
        assertThat(all).isNotEmpty();
        assertThat(list.total()).isEqualTo(all.size());
        assertThat(list.sort()).isEqualTo("child");
        assertThat(list.items()).extracting(i -> i.childName().toLowerCase(Locale.UK))
                .isSortedAccordingTo(Comparator.reverseOrder());
        String csvLink = (String) model.get("drillCsv");
        assertThat(csvLink).isEqualTo("/timeliness.csv?from=2021-04-01&to=2026-11-22&rule=VISIT_FIRST_WEEK"
                + "&outcome=DUE&sort=child&order=desc");
        String html = mvc.perform(get(DRILL).with(as("tm1"))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(all.size() + " items.").contains("Download all <span>" + all.size() + "</span>");

        var csv = mvc.perform(get(csvLink).with(as("tm1"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        var lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo(WorklistCsv.HEADER);
        assertThat(lines).hasSize(all.size() + 1);
        assertThat(lines[1]).startsWith(list.items().get(0).childId() + ",");
    }

    @Test
    void theFiguresOnlyRolesGetNoCsvOfTheChildren() throws Exception {
        mvc.perform(get("/timeliness.csv?from=2021-04-01&to=2026-11-22&rule=VISIT_FIRST_WEEK&outcome=DUE")
                .with(as("board1"))).andExpect(status().isForbidden());
        mvc.perform(get("/timeliness.csv?rule=NOPE&outcome=DUE").with(as("tm1"))).andExpect(status().isBadRequest());
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachOfTheDigestsListsSortsAndDownloadsOnItsOwn() throws Exception {
        var model = mvc.perform(get("/digest?table=soon&sort=what&order=asc").with(as("sw1")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel();
        var digest = (Digest) model.get("digest");
        var soon = (ListPage<WorkItem>) model.get("soonList");
        var overdue = (ListPage<WorkItem>) model.get("overdueList");
        assertThat(soon.total()).isEqualTo(digest.dueSoon().size());
        assertThat(overdue.total()).isEqualTo(digest.newlyOverdue().size());
        assertThat(soon.sort()).isEqualTo("what");
        assertThat(overdue.sort()).isEqualTo("due"); // the other list keeps its own order
        assertThat(soon.items()).extracting(i -> i.item().rule().description()).isSorted();
        assertThat(model.get("soonCsv")).isEqualTo("/digest.csv?table=soon&sort=what&order=asc");

        var csv = mvc.perform(get("/digest.csv?table=soon&sort=what&order=asc").with(as("sw1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo(WorklistCsv.HEADER);
        assertThat(lines).hasSize(digest.dueSoon().size() + 1);
        mvc.perform(get("/digest.csv?table=nope").with(as("sw1"))).andExpect(status().isNotFound());
    }
}
