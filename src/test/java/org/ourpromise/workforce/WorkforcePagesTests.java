package org.ourpromise.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.measures.WorkforceMeasureCatalogue;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.reports.CurrentFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The workforce page and its drill-down (issue 10), on a database of its own. Today is 22 November 2026, so the year
 * shown is 1 April 2026 to today. WF-1's social worker changed twice in it (Sam in team T1, to Sol in T2 on 1 June
 * 2026, back to Sam on 1 September): team T1's manager sees it. WF-2 moved from Sam to Sol (T2) on 1 May 2026: not
 * in T1's manager's scope, so counted but not listed for them.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:workforce-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class WorkforcePagesTests extends WebTestSupport {

    @Autowired
    CareRecords records;
    @Autowired
    CurrentFigures figures;

    private static Allocation sw(String worker, String team, String from, String to) {
        return new Allocation(Allocation.Role.SOCIAL_WORKER, worker, team, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), null);
    }

    @BeforeEach
    void children() {
        if (records.existing(List.of("WF-1")).isEmpty()) {
            var start = LocalDate.of(2025, 1, 4);
            var episode = new CareEpisode(start, "S", "C2", "N1", "U4", "PR1", null, null, null, null, null, null);
            records.addAll(List.of(
                    ChildRecords.child("WF-1", "Wren", "Fielding", LocalDate.of(2013, 5, 6), "F").episode(episode)
                            .allocation(sw("SW001", "T1", "2025-01-04", "2026-06-01"), sw("SW002", "T2", "2026-06-01",
                                    "2026-09-01"), sw("SW001", "T1", "2026-09-01", null)).build(),
                    ChildRecords.child("WF-2", "Will", "Foster", LocalDate.of(2012, 2, 3), "M").episode(episode)
                            .allocation(sw("SW001", "T1", "2025-01-04", "2026-05-01"), sw("SW002", "T2", "2026-05-01",
                                    null)).build()));
        }
    }

    @SuppressWarnings("unchecked")
    private List<WorkforceController.Changed> changes(MockHttpServletRequestBuilder request) throws Exception {
        return (List<WorkforceController.Changed>) mvc.perform(request).andExpect(status().isOk())
                .andExpect(view().name("workforce/changes")).andReturn().getModelAndView().getModel().get("rows");
    }

    @Test
    void thePageShowsTheFourFiguresAndTheWorkersByName() throws Exception {
        mvc.perform(get("/workforce").with(as("perf1"))).andExpect(status().isOk())
                .andExpect(view().name("workforce/workforce"))
                .andExpect(content().string(Matchers.containsString("Children per full-time social worker")))
                .andExpect(content().string(Matchers.containsString("Share of staff employed through an agency")))
                .andExpect(content().string(Matchers.containsString("Changes of social worker per child")))
                .andExpect(content().string(Matchers.containsString("/workforce/changes?year=2027")));
        // a board member sees the figures, never the children
        mvc.perform(get("/workforce").with(as("board1"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/workforce/changes"))));
        mvc.perform(get("/workforce/changes").with(as("board1"))).andExpect(status().isForbidden());
        mvc.perform(get("/workforce").param("year", "next").with(as("perf1"))).andExpect(status().isBadRequest());
    }

    @Test
    void theChildrenWhoseSocialWorkerChangedAreListedInScopeAndAudited() throws Exception {
        long before = auditCount("perf1", "VIEW_REPORT");
        var all = changes(get("/workforce/changes").param("year", "2027").with(as("perf1")));
        // (WF-3 joins when the test below has run first)
        assertThat(all).extracting(WorkforceController.Changed::childId).contains("WF-1", "WF-2");
        assertThat(all.get(0).changes()).isEqualTo(2);
        assertThat(all.get(0).name()).isEqualTo("Wren Fielding");
        assertThat(all.get(0).workers()).matches("[^,]+, then [^,]+, then [^,]+");
        assertThat(auditCount("perf1", "VIEW_REPORT")).isEqualTo(before + 1);
        var team = changes(get("/workforce/changes").param("year", "2027").with(as("tm1")));
        assertThat(team).extracting(WorkforceController.Changed::childId).contains("WF-1").doesNotContain("WF-2");
    }

    @Test
    void theTargetsPageHasTheSameFigures() {
        var values = figures.measures(2027).values();
        assertThat(values).containsKeys(WorkforceMeasureCatalogue.KEYS.toArray(String[]::new));
        assertThat(values.get(WorkforceMeasureCatalogue.SOCIAL_WORKER_CHANGES).numeratorChildren())
                .contains("WF-1", "WF-2");
    }

    @Test
    void theFiguresAreKeptUntilARecordChanges() {
        var before = figures.measures(2027).get(WorkforceMeasureCatalogue.SOCIAL_WORKER_CHANGES);
        assertThat(figures.measures(2027).get(WorkforceMeasureCatalogue.SOCIAL_WORKER_CHANGES)).isEqualTo(before);
        var start = LocalDate.of(2025, 1, 4);
        records.addAll(List.of(ChildRecords.child("WF-3", "Wyn", "Ford", LocalDate.of(2014, 1, 2), "M")
                .episode(new CareEpisode(start, "S", "C2", "N1", "U4", "PR1", null, null, null, null, null, null))
                .allocation(sw("SW002", "T2", "2025-01-04", "2026-07-01"), sw("SW001", "T1", "2026-07-01", null))
                .build()));
        assertThat(figures.measures(2027).get(WorkforceMeasureCatalogue.SOCIAL_WORKER_CHANGES).numeratorChildren())
                .contains("WF-3").hasSize(before.numeratorChildren().size() + 1);
    }

    @Test
    void theListsSortPageAndDownloadWholeAudited() throws Exception {
        var list = (org.ourpromise.lists.ListPage<?>) mvc.perform(get("/workforce/changes?year=2027&sort=child&order=desc")
                .with(as("perf1"))).andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("list");
        assertThat(list.sort()).isEqualTo("child");
        // Wren Fielding before Will Foster, Z to A
        assertThat(list.items()).extracting(r -> ((WorkforceController.Changed) r).childId()).containsSubsequence("WF-1", "WF-2");
        assertThat(list.wholeListAt("/workforce/changes.csv"))
                .isEqualTo("/workforce/changes.csv?year=2027&sort=child&order=desc");
        long before = auditCount("perf1", "EXPORT");
        var csv = mvc.perform(get("/workforce/changes.csv?year=2027&sort=changes&order=desc").with(as("perf1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("Child ID,Name,Changes,Social workers in the year\r\nWF-1,Wren Fielding,2,");
        assertThat(auditCount("perf1", "EXPORT")).isEqualTo(before + 1);
        var workers = mvc.perform(get("/workforce.csv?year=2027&table=social-workers&sort=worker").with(as("board1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(workers).startsWith("Worker,Team,Employed,Full-time equivalent,Allocated children,Per full-time post\r\n");
        mvc.perform(get("/workforce.csv?table=nope").with(as("perf1"))).andExpect(status().isNotFound());
        mvc.perform(get("/workforce/changes.csv").with(as("board1"))).andExpect(status().isForbidden());
        String html = mvc.perform(get("/workforce?year=2027&table=advisers&sort=team").with(as("perf1"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("/workforce?year=2027&amp;table=social-workers&amp;sort=allocated&amp;order=desc");
    }
}
