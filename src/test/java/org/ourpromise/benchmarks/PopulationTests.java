package org.ourpromise.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.reports.Benchmark;
import org.ourpromise.reports.BenchmarkTable;
import org.ourpromise.reports.BoardPeriod;
import org.ourpromise.reports.figures.ReportLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 15: the performance team sets the population aged 0 to 17 of a year in the web application, and the rate
 * per 10,000 then shows on the dashboard, the pack and the downloads; comparators are like for like.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:population-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class PopulationTests extends WebTestSupport {

    @Autowired
    private ReportLibrary library;

    @Test
    void aPopulationSetOnThePageGivesTheRatePer10000Everywhere() throws Exception {
        mvc.perform(get("/population").with(as("perf1"))).andExpect(status().isOk());
        mvc.perform(post("/population").param("year", "2026").param("population", "20,000")
                .param("source", "ONS mid-2024 population estimates").param("version", "-1")
                .with(as("perf1")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/population?year=2026"))
                .andExpect(flash().attribute("success", "The population aged 0 to 17 for the collection year 2025-26 "
                        + "is now 20,000."));
        // Amira and Jack in care at 31 March 2026: 2 in 20,000 is 1 per 10,000
        var rate = library.boardPack(BoardPeriod.year(2026)).indicators().stream()
                .filter(i -> i.key().equals("cla.rate_per_10000")).findFirst().orElseThrow();
        assertThat(rate.value()).isEqualTo("1 per 10,000");
        var csv = mvc.perform(get("/dashboard.csv").param("year", "2026").with(as("board1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("cla.rate_per_10000,", ",2025-26,1,2,20000,");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like 'population aged 0 to 17 for the collection year 2025-26%'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void aStaleEditAndBadInputAreRefusedAndNothingIsSaved() throws Exception {
        var html = mvc.perform(post("/population").param("year", "1999").param("population", "many")
                .param("source", "").param("version", "-1").with(as("perf1")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Error: ", "Enter the collection year as the year its 31 March falls in",
                "Enter the population aged 0 to 17 as a whole number", "Enter where the estimate comes from");
        mvc.perform(post("/population").param("year", "2025").param("population", "1000").param("source", "ONS")
                .param("version", "-1").with(as("perf1")).with(csrf())).andExpect(status().is3xxRedirection());
        var stale = mvc.perform(post("/population").param("year", "2025").param("population", "2000")
                .param("source", "ONS").param("version", "-1").param("versionYear", "2025").with(as("perf1")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else saved this after you opened it");
        assertThat(jdbc.queryForObject("select population from population_estimate where population_year = 2025",
                Integer.class)).isEqualTo(1000);
        mvc.perform(get("/population").with(as("board1"))).andExpect(status().isForbidden());
    }

    @Test
    void comparatorsAreLikeForLikeNeverEnglandsCountBesideTheCouncils() {
        var table = BenchmarkTable.of(List.of(
                new Benchmark("cla.at_31_march", 2024, "England", new BigDecimal("83630"), "DfE", ""),
                new Benchmark("cla.rate_per_10000", 2024, "England", new BigDecimal("70"), "DfE", ""),
                new Benchmark("stability.long_term_pct", 2024, "England", new BigDecimal("69"), "DfE", "")));
        assertThat(table.comparators("cla.at_31_march", 2026)).isEmpty();
        assertThat(table.comparators("cla.rate_per_10000", 2026)).extracting(Benchmark::area).containsExactly("England");
        assertThat(table.comparators("stability.long_term_pct", 2026)).hasSize(1);
    }
}
