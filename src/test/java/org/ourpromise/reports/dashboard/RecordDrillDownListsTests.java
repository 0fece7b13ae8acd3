package org.ourpromise.reports.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.lists.ShownInAudit;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The lists behind a dashboard figure from the record as lists of the kit (issue 16), on a database of its own.
 * Care plans reviewed in the year to 31 March 2026: children DRL-01 to DRL-55, in care since 4 January 2025 with no
 * review and no social worker, join the test council's Amira (C1001, team T1) and Jack (C1002, team T2), whose
 * reviews were not in the 6 months before either; so all 57 are "not meeting it" and in the denominator, and none
 * in the numerator. By child ID, C1001 and C1002 come first.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:record-drill-down-lists-${random.uuid};"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class RecordDrillDownListsTests extends WebTestSupport {

    private static final String FIGURE = "/dashboard/local.care_plans_reviewed_pct";

    @Autowired
    CareRecords records;

    private static String id(int i) {
        return String.format("DRL-%02d", i);
    }

    private static List<String> ids(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(RecordDrillDownListsTests::id).toList();
    }

    @BeforeEach
    void children() {
        if (!records.existing(List.of(id(1))).isEmpty()) {
            return;
        }
        var episode = new CareEpisode(LocalDate.of(2025, 1, 4), "S", "C2", "N1", "U4", "PR1", null, null, null, null,
                null, null);
        var children = new ArrayList<ChildRecord>();
        for (int i = 1; i <= 55; i++) {
            children.add(ChildRecords.child(id(i), "Dana", "Rowe", LocalDate.of(2011, 2, 3), "M").episode(episode)
                    .build());
        }
        records.addAll(children);
    }

    @SuppressWarnings("unchecked")
    private List<RecordDrillDown.ShownList> pages(String query, String user) throws Exception {
        return (List<RecordDrillDown.ShownList>) mvc.perform(get(FIGURE + query).with(as(user)))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("pages");
    }

    private static List<String> shown(List<RecordDrillDown.ShownList> pages, String list) {
        return pages.stream().filter(l -> l.id().equals(list)).findFirst().orElseThrow().page().items();
    }

    private static List<String> firstFifty() {
        var out = new ArrayList<>(List.of(TestCouncil.AMIRA, TestCouncil.JACK));
        out.addAll(ids(1, 48));
        return out;
    }

    @Test
    void byDefaultEachListIsInChildIdOrderAndOnlyTheShownPagesAreAudited() throws Exception {
        var pages = pages("?year=2026", "perf1");
        assertThat(pages).extracting(RecordDrillDown.ShownList::id).containsExactly("not-met", "numerator",
                "denominator");
        assertThat(pages.get(0).page().total()).isEqualTo(57);
        assertThat(shown(pages, "not-met")).isEqualTo(firstFifty());
        assertThat(shown(pages, "numerator")).isEmpty();
        assertThat(shown(pages, "denominator")).isEqualTo(firstFifty());
        var audit = ShownInAudit.latest(jdbc, "perf1", "VIEW_REPORT");
        assertThat(audit.children()).hasSize(50).containsAll(firstFifty());
        assertThat(audit.detail()).endsWith(": 100 of 114 entries shown");
        String html = mvc.perform(get(FIGURE + "?year=2026").with(as("perf1"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("Showing 1 to 50 of 57 children.", "No children you may see.",
                FIGURE + "?year=2026&amp;list=not-met&amp;sort=id&amp;order=asc&amp;page=2",
                FIGURE + ".csv?year=2026&amp;list=denominator&amp;sort=id&amp;order=asc", "Child DRL-01");
    }

    @Test
    void theSecondPageShowsTheRestAndTheOtherListsStayAsTheyWere() throws Exception {
        var pages = pages("?year=2026&list=not-met&page=2", "perf1");
        assertThat(shown(pages, "not-met")).isEqualTo(ids(49, 55));
        assertThat(shown(pages, "denominator")).isEqualTo(firstFifty());
        var audit = ShownInAudit.latest(jdbc, "perf1", "VIEW_REPORT");
        assertThat(audit.children()).hasSize(57); // the 7 on page 2 of one list, the 50 on page 1 of the other
        assertThat(audit.detail()).endsWith(": 57 of 114 entries shown");
        assertThat(shown(pages("?year=2026&list=not-met&page=0&sort=name", "perf1"), "not-met")).isEqualTo(firstFifty());
    }

    @Test
    void aListSortsByChildIdBothWays() throws Exception {
        var desc = pages("?year=2026&list=denominator&sort=id&order=desc", "perf1");
        assertThat(shown(desc, "denominator")).startsWith(id(55), id(54)).endsWith(id(7), id(6));
        assertThat(shown(desc, "not-met")).isEqualTo(firstFifty()); // not the one asked for
        assertThat(desc.get(2).page().ariaSort("id")).isEqualTo("descending");
        assertThat(shown(pages("?year=2026&list=denominator&sort=id&order=desc&page=2", "perf1"), "denominator"))
                .containsExactly(id(5), id(4), id(3), id(2), id(1), TestCouncil.JACK, TestCouncil.AMIRA);
        assertThat(shown(pages("?year=2026&list=denominator&sort=id&order=asc", "perf1"), "denominator"))
                .isEqualTo(firstFifty());
    }

    @Test
    void eachListDownloadsWholeInThePagesOrderAuditedAsAnExport() throws Exception {
        var response = mvc.perform(get(FIGURE + ".csv?year=2026&list=not-met&sort=id&order=desc").with(as("perf1")))
                .andExpect(status().isOk()).andReturn().getResponse();
        var lines = response.getContentAsString().split("\r\n");
        assertThat(lines).hasSize(58);
        assertThat(lines[0]).isEqualTo("Child ID");
        assertThat(lines[1]).isEqualTo(id(55));
        assertThat(lines[56]).isEqualTo(TestCouncil.JACK);
        assertThat(lines[57]).isEqualTo(TestCouncil.AMIRA);
        assertThat(response.getHeader("Content-Disposition")).contains("not-met.csv");
        var audit = ShownInAudit.latest(jdbc, "perf1", "EXPORT");
        assertThat(audit.children()).hasSize(57).contains(TestCouncil.AMIRA, id(55));
        assertThat(audit.detail()).endsWith("CSV (not-met): 57 entries");
        // only the children the user may see: team T1's manager, Amira alone
        assertThat(mvc.perform(get(FIGURE + ".csv?year=2026&list=denominator").with(as("tm1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .isEqualTo("Child ID\r\n" + TestCouncil.AMIRA + "\r\n");
        assertThat(ShownInAudit.latest(jdbc, "tm1", "EXPORT").children()).containsExactly(TestCouncil.AMIRA);
        assertThat(mvc.perform(get(FIGURE + ".csv?year=2026&list=numerator").with(as("perf1")))
                .andReturn().getResponse().getContentAsString()).isEqualTo("Child ID\r\n");
        mvc.perform(get(FIGURE + ".csv?year=2026&list=everyone").with(as("perf1"))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/local.no_such_measure.csv").with(as("perf1"))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/cla.at_31_march.csv").with(as("perf1"))).andExpect(status().isNotFound());
    }

    @Test
    void aBoardMemberGetsNeitherTheListsNorTheirDownload() throws Exception {
        mvc.perform(get(FIGURE + ".csv?year=2026&list=not-met").with(as("board1"))).andExpect(status().isForbidden());
        mvc.perform(get(FIGURE + "?year=2026&list=not-met&page=2").with(as("board1"))).andExpect(status().isForbidden());
        mvc.perform(get(FIGURE + ".csv?year=2026").with(as("vsh1"))).andExpect(status().isForbidden());
    }
}
