package org.ourpromise.health;

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
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.lists.FigureListChildren;
import org.ourpromise.lists.ListPage;
import org.ourpromise.lists.ShownInAudit;
import org.ourpromise.measures.HealthServiceMeasureCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.ui.ModelMap;

/**
 * A health figure's children as lists of the kit (issue 16), on a database of its own. Registered with a GP, today
 * (22 November 2026): children HFL-01 to HFL-55 are in care, and HFL-01 to HFL-03 were found registered on 1 October
 * 2026 (counted); the rest, with the test council's Amira (C1001) and Jack (C1002), are not (54 not counted). Child
 * i is called "Zoe Vale-(100-i)" when i is odd and "Zoe Ash-(100-i)" when even: by name Amira and Jack come first,
 * then the even ones (largest i first), then the odd.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:health-figure-lists-${random.uuid};"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class HealthFigureListsTests extends WebTestSupport {

    private static final String FIGURE = "/health/figures/" + HealthServiceMeasureCatalogue.GP;

    @Autowired
    CareRecords records;
    @Autowired
    ChildHealthRepository health;

    private static final FigureListChildren HFL = new FigureListChildren("HFL");

    @BeforeEach
    void children() {
        if (!records.existing(List.of(HFL.id(1))).isEmpty()) {
            return;
        }
        records.addAll(HFL.records("Zoe", LocalDate.of(2012, 6, 7)));
        health.addRegistrations(IntStream.rangeClosed(1, 3).mapToObj(i -> new HealthServices.Registration(HFL.id(i),
                HealthServices.Service.GP, true, "Riverside Surgery", LocalDate.of(2026, 10, 1))).toList(), "nurse1");
    }

    private ModelMap page(String query) throws Exception {
        return mvc.perform(get(FIGURE + query).with(as("nurse1"))).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModelMap();
    }

    @Test
    void byDefaultBothListsAreInChildIdOrderAndOnlyTheShownPageIsAudited() throws Exception {
        var model = page("");
        assertThat(shown(model, "counted")).containsExactly(HFL.ids(1, 2, 3));
        var notCounted = (ListPage<?>) model.get("notCounted");
        assertThat(notCounted.total()).isEqualTo(54);
        var expected = new ArrayList<>(List.of(TestCouncil.AMIRA, TestCouncil.JACK));
        IntStream.rangeClosed(4, 51).forEach(i -> expected.add(HFL.id(i)));
        assertThat(shown(model, "notCounted")).isEqualTo(expected);
        var audit = ShownInAudit.latest(jdbc, "nurse1", "VIEW_REPORT");
        assertThat(audit.children()).hasSize(53).contains(HFL.id(1), TestCouncil.AMIRA, HFL.id(51))
                .doesNotContain(HFL.id(52));
        assertThat(audit.detail()).endsWith(": 53 of 57 children shown");
        String html = mvc.perform(get(FIGURE).with(as("nurse1"))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Counted (3)", "Not counted (54)", "Showing 1 to 50 of 54 children.",
                FIGURE + "?list=not-counted&amp;sort=id&amp;order=asc&amp;page=2",
                FIGURE + ".csv?list=counted&amp;sort=id&amp;order=asc", "/health/children/HFL-04");
    }

    @Test
    void theSecondPageShowsTheRestAndTheOtherListStaysAsItWas() throws Exception {
        var model = page("?list=not-counted&page=2");
        assertThat(shown(model, "notCounted")).containsExactly(HFL.ids(52, 53, 54, 55));
        assertThat(shown(model, "counted")).containsExactly(HFL.ids(1, 2, 3));
        assertThat(ShownInAudit.latest(jdbc, "nurse1", "VIEW_REPORT").children())
                .containsExactly(HFL.ids(1, 2, 3, 52, 53, 54, 55));
        assertThat(shown(page("?list=not-counted&page=two&sort=%3Cscript%3E"), "notCounted")).startsWith(TestCouncil.AMIRA);
    }

    @Test
    void eachListSortsByNameBothWays() throws Exception {
        // A to Z: Amira, Jack, the even ones from Ash-46 (HFL-54), then the odd from Vale-45 (HFL-55)
        var asc = page("?list=not-counted&sort=name&order=asc");
        assertThat(shown(asc, "notCounted")).startsWith(TestCouncil.AMIRA, TestCouncil.JACK, HFL.id(54), HFL.id(52))
                .endsWith(HFL.ids(15, 13));
        assertThat(shown(page("?list=not-counted&sort=name&order=asc&page=2"), "notCounted"))
                .containsExactly(HFL.ids(11, 9, 7, 5));
        // Z to A: the odd from Vale-95 (HFL-05), the even from Ash-96 (HFL-04), then Jack and Amira
        assertThat(shown(page("?list=not-counted&sort=name&order=desc"), "notCounted")).startsWith(HFL.ids(5, 7, 9))
                .endsWith(HFL.ids(48, 50));
        assertThat(shown(page("?list=not-counted&sort=name&order=desc&page=2"), "notCounted"))
                .containsExactly(HFL.id(52), HFL.id(54), TestCouncil.JACK, TestCouncil.AMIRA);
        assertThat(shown(page("?list=counted&sort=name&order=asc"), "counted")).containsExactly(HFL.ids(2, 3, 1));
        assertThat(shown(page("?list=counted&sort=name&order=desc"), "counted")).containsExactly(HFL.ids(1, 3, 2));
    }

    @Test
    void eachListDownloadsWholeInThePagesOrderAuditedAsAnExport() throws Exception {
        var csv = mvc.perform(get(FIGURE + ".csv?list=counted&sort=name&order=asc").with(as("nurse1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).isEqualTo("Child ID,Name\r\nHFL-02,Zoe Ash-98\r\nHFL-03,Zoe Vale-97\r\nHFL-01,Zoe Vale-99\r\n");
        var audit = ShownInAudit.latest(jdbc, "nurse1", "EXPORT");
        assertThat(audit.children()).containsExactly(HFL.ids(1, 2, 3));
        assertThat(audit.detail()).startsWith("health figure").endsWith("(counted): 3 children");

        var lines = mvc.perform(get(FIGURE + ".csv?list=not-counted").with(as("nurse1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().split("\r\n");
        assertThat(lines).hasSize(55);
        assertThat(lines[1]).startsWith(TestCouncil.AMIRA + ",Amira ");
        assertThat(lines[54]).isEqualTo("HFL-55,Zoe Vale-45");
        assertThat(ShownInAudit.latest(jdbc, "nurse1", "EXPORT").children()).hasSize(54).contains(TestCouncil.JACK,
                HFL.id(55));
        mvc.perform(get(FIGURE + ".csv?list=all").with(as("nurse1"))).andExpect(status().isNotFound());
        mvc.perform(get("/health/figures/nothing.csv").with(as("nurse1"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheNurseMaySeeOrDownloadTheChildren() throws Exception {
        for (var user : List.of("sw1", "tm1", "perf1", "vsh1", "board1")) {
            mvc.perform(get(FIGURE + ".csv?list=counted").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get(FIGURE + "?list=not-counted&page=2").with(as(user))).andExpect(status().isForbidden());
        }
    }
}
