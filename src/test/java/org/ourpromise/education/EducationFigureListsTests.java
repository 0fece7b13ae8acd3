package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourpromise.lists.FigureListChildren.shown;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.lists.FigureListChildren;
import org.ourpromise.lists.ListPage;
import org.ourpromise.lists.ShownInAudit;
import org.ourpromise.measures.EducationMeasureCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.ui.ModelMap;

/**
 * A Virtual School figure's children as lists of the kit (issue 16), on a database of its own. Children VSL-01 to
 * VSL-55 are in care, each with three weeks of attendance in November 2026: VSL-01 to VSL-52 attended 8 sessions of
 * 10 (80%, persistently absent: counted), VSL-53 to VSL-55 all 10 (not counted). Child i is called "Sam Vale-(100-i)"
 * when i is odd and "Sam Ash-(100-i)" when even, so by name the even ones come first, largest i first.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:education-figure-lists-${random.uuid};"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class EducationFigureListsTests extends WebTestSupport {

    private static final String FIGURE = "/virtual-school/figures/" + EducationMeasureCatalogue.PERSISTENT_ABSENCE;

    @Autowired
    CareRecords records;
    @Autowired
    AttendanceStore attendance;

    private static final FigureListChildren VSL = new FigureListChildren("VSL");

    @BeforeEach
    void children() {
        if (!records.existing(List.of(VSL.id(1))).isEmpty()) {
            return;
        }
        var weeks = new ArrayList<AttendanceStore.Week>();
        for (int i = 1; i <= FigureListChildren.HOW_MANY; i++) {
            for (int d : new int[] {2, 9, 16}) {
                weeks.add(new AttendanceStore.Week(VSL.id(i), LocalDate.of(2026, 11, d), 10, i <= 52 ? 8 : 10));
            }
        }
        records.addAll(VSL.records("Sam", LocalDate.of(2014, 3, 3)));
        attendance.addWeeks(weeks);
    }

    private ModelMap page(String query) throws Exception {
        return mvc.perform(get(FIGURE + query).with(as("vsh1"))).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModelMap();
    }

    @Test
    void byDefaultBothListsAreInChildIdOrderAndOnlyTheShownPageIsAudited() throws Exception {
        var model = page("");
        var counted = (ListPage<?>) model.get("counted");
        assertThat(counted.total()).isEqualTo(52);
        assertThat(counted.sort()).isEqualTo("id");
        assertThat(shown(model, "counted")).isEqualTo(IntStream.rangeClosed(1, 50).mapToObj(i -> VSL.id(i)).toList());
        assertThat(shown(model, "notCounted")).containsExactly(VSL.ids(53, 54, 55));
        var audit = ShownInAudit.latest(jdbc, "vsh1", "VIEW_REPORT");
        assertThat(audit.children()).hasSize(53).contains(VSL.ids(1, 50, 53)).doesNotContain(VSL.ids(51, 52));
        assertThat(audit.detail()).endsWith(": 53 of 55 children shown");
        String html = mvc.perform(get(FIGURE).with(as("vsh1"))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Counted (52)", "Not counted (3)", "Showing 1 to 50 of 52 children.",
                FIGURE + "?year=2027&amp;list=counted&amp;sort=id&amp;order=asc&amp;page=2",
                FIGURE + ".csv?year=2027&amp;list=counted&amp;sort=id&amp;order=asc",
                FIGURE + ".csv?year=2027&amp;list=not-counted&amp;sort=id&amp;order=asc",
                "/education/children/VSL-01");
    }

    @Test
    void theSecondPageShowsTheRestAndTheOtherListStaysAsItWas() throws Exception {
        var model = page("?list=counted&page=2");
        assertThat(shown(model, "counted")).containsExactly(VSL.ids(51, 52));
        assertThat(((ListPage<?>) model.get("counted")).page()).isEqualTo(2);
        assertThat(shown(model, "notCounted")).containsExactly(VSL.ids(53, 54, 55));
        assertThat(ShownInAudit.latest(jdbc, "vsh1", "VIEW_REPORT").children())
                .containsExactly(VSL.ids(51, 52, 53, 54, 55));
        // a page past the end is the last; nonsense is ignored
        assertThat(shown(page("?list=counted&page=9"), "counted")).containsExactly(VSL.ids(51, 52));
        assertThat(shown(page("?list=counted&sort=age&order=sideways&page=-1"), "counted")).startsWith(VSL.ids(1, 2));
    }

    @Test
    void eachListSortsByNameBothWays() throws Exception {
        // A to Z: the even ones (Ash-48 first), then the odd (Vale-49 first)
        var asc = page("?list=counted&sort=name&order=asc");
        assertThat(shown(asc, "counted")).startsWith(VSL.ids(52, 50, 48)).endsWith(VSL.ids(7, 5));
        assertThat(shown(asc, "notCounted")).containsExactly(VSL.ids(53, 54, 55)); // not the one asked for
        assertThat(shown(page("?list=counted&sort=name&order=asc&page=2"), "counted")).containsExactly(VSL.ids(3, 1));
        // Z to A: the odd (Vale-99 first), then the even (Ash-98 first)
        var desc = page("?list=counted&sort=name&order=desc");
        assertThat(shown(desc, "counted")).startsWith(VSL.ids(1, 3, 5)).endsWith(VSL.ids(46, 48));
        assertThat(((ListPage<?>) desc.get("counted")).ariaSort("name")).isEqualTo("descending");
        assertThat(shown(page("?list=counted&sort=name&order=desc&page=2"), "counted"))
                .containsExactly(VSL.ids(50, 52));
        // the other list, by name: Ash-46, Vale-45, Vale-47, and back
        assertThat(shown(page("?list=not-counted&sort=name&order=asc"), "notCounted"))
                .containsExactly(VSL.ids(54, 55, 53));
        assertThat(shown(page("?list=not-counted&sort=name&order=desc"), "notCounted"))
                .containsExactly(VSL.ids(53, 55, 54));
    }

    @Test
    void eachListDownloadsWholeInThePagesOrderAuditedAsAnExport() throws Exception {
        var response = mvc.perform(get(FIGURE + ".csv?list=not-counted&sort=name&order=asc").with(as("vsh1")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentAsString())
                .isEqualTo("Child ID,Name\r\nVSL-54,Sam Ash-46\r\nVSL-55,Sam Vale-45\r\nVSL-53,Sam Vale-47\r\n");
        assertThat(response.getHeader("Content-Disposition")).contains(".csv");
        var audit = ShownInAudit.latest(jdbc, "vsh1", "EXPORT");
        assertThat(audit.children()).containsExactly(VSL.ids(53, 54, 55));
        assertThat(audit.detail()).contains("persistently absent").endsWith("(not-counted): 3 children");

        String counted = mvc.perform(get(FIGURE + ".csv?year=2027&list=counted").with(as("vsh1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var lines = counted.split("\r\n");
        assertThat(lines).hasSize(53);
        assertThat(lines[0]).isEqualTo("Child ID,Name");
        assertThat(lines[1]).isEqualTo("VSL-01,Sam Vale-99");
        assertThat(lines[52]).isEqualTo("VSL-52,Sam Ash-48");
        assertThat(ShownInAudit.latest(jdbc, "vsh1", "EXPORT").children())
                .isEqualTo(IntStream.rangeClosed(1, 52).mapToObj(i -> VSL.id(i)).toList());

        mvc.perform(get(FIGURE + ".csv?list=nope").with(as("vsh1"))).andExpect(status().isNotFound());
        mvc.perform(get("/virtual-school/figures/nothing.csv").with(as("vsh1"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheVirtualSchoolMaySeeOrDownloadTheChildren() throws Exception {
        for (var user : List.of("sw1", "tm1", "perf1", "nurse1", "board1")) {
            mvc.perform(get(FIGURE + ".csv?list=counted").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get(FIGURE + "?list=counted&page=2").with(as(user))).andExpect(status().isForbidden());
        }
    }
}
