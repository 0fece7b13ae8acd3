package org.ourpromise.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.reports.Benchmark;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 4: every page that shows a comparator shows where it comes from, and a figure that is not published is
 * labelled ILLUSTRATIVE wherever it shows.
 */
class ComparatorPagesTests extends WebTestSupport {

    private static final String SOURCE = "Illustrative: statistical neighbours, not a published figure";

    @Autowired
    private ComparatorStore store;

    @AfterEach
    void removeTheIllustrativeFigure() {
        jdbc.update("delete from benchmark_comparator where source = ?", SOURCE);
        Revision.raise(jdbc);
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    @DisplayName("the comparators page lists what is stored: the shipped sample, recorded as such, with source and table")
    void theShippedSampleIsStoredAndListed() throws Exception {
        String html = page("/comparators", "board1");
        assertThat(html).contains("10 comparators stored").contains("England, 31 March 2024")
                .contains("DfE, Stability measures for children looked after in England 2024")
                .contains("Table: Living with the same carer for at least 2 years (19750 of 29000)")
                .contains(ShippedSample.FROM + ", by " + ShippedSample.BY).doesNotContain("ILLUSTRATIVE");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'IMPORT' and username = 'system' "
                + "and detail like '%shipped sample%'", Integer.class)).isEqualTo(1);
    }

    @Test
    @DisplayName("an illustrative comparator is labelled ILLUSTRATIVE, with its source, on every page that shows it")
    void illustrativeEverywhere() throws Exception {
        store.write(store.plan(List.of(new Benchmark("missing.pct", 2025, "Statistical neighbours", new BigDecimal("11.5"),
                SOURCE, "Neighbour average")), false), "test.csv", "test");
        assertThat(page("/comparators", "board1")).contains("ILLUSTRATIVE").contains(SOURCE);
        assertThat(page("/dashboard?year=2026", "board1"))
                .contains("Statistical neighbours (2025): 11.5% ILLUSTRATIVE")
                .contains("Some comparators are ILLUSTRATIVE").contains(SOURCE + ": Neighbour average")
                .contains("DfE, Care leavers accommodation suitability fast-track table 2019");
        assertThat(page("/board-pack?quarter=2026-Q4", "board1"))
                .contains("Statistical neighbours (31 March 2025): 11.5%</span><strong> ILLUSTRATIVE</strong>")
                .contains("This pack contains ILLUSTRATIVE comparators").contains(SOURCE + ": Neighbour average");
        assertThat(page("/reports/annual?year=2026", "perf1"))
                .contains("This report contains ILLUSTRATIVE comparators").contains(SOURCE)
                .contains("Statistical neighbours 2024-25: 11.5% ILLUSTRATIVE");
    }
}
