package org.ourpromise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.benchmarks.Comparisons;
import org.ourpromise.reports.figures.ReportLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo council has a population aged 0 to 17 for every year it covers, drawn from its seed and size, so the
 * rates per 10,000 show on the pages. The same settings as {@link DemoIroServiceTests}: one demo council for both.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:demoiro-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=true"})
@AutoConfigureMockMvc
class DemoPopulationTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Comparisons comparisons;
    @Autowired
    private ReportLibrary library;
    @Autowired
    private UserAccounts users;

    @Test
    void theEstimatesCoverEveryYearOfTheDemoAndComeFromTheSeedAndTheSizeAlone() {
        var estimates = DemoPopulation.estimates(2026, TODAY);
        // the year running on 22 November 2026 (2026-27) and the five before it
        assertThat(estimates.keySet()).containsExactly(2027, 2026, 2025, 2024, 2023, 2022);
        assertThat(DemoPopulation.estimates(2026, TODAY)).isEqualTo(estimates);
        assertThat(DemoPopulation.estimates(7, TODAY)).isNotEqualTo(estimates);
        for (long seed = 0; seed < 200; seed++) {
            var drawn = DemoPopulation.estimates(seed, TODAY);
            double rate = SyntheticCouncil.DEMO_LOOKED_AFTER * 10_000.0 / drawn.get(2027);
            // to the hundred, so the rate is within the drawn range give or take the rounding
            assertThat(rate).isBetween(DemoPopulation.LOWEST_RATE * 0.99, DemoPopulation.HIGHEST_RATE * 1.01);
            assertThat(drawn.values()).allSatisfy(p -> assertThat(p % 100).isZero());
            var years = drawn.keySet().stream().toList();
            for (int i = 1; i < years.size(); i++) {
                double change = drawn.get(years.get(i - 1)) / (double) drawn.get(years.get(i)) - 1;
                assertThat(change).as("seed " + seed + " " + years.get(i)).isBetween(-0.0075, 0.0175);
            }
        }
    }

    @Test
    void theDemoCouncilStoresThemSoTheRatesShowOnTheDashboard() throws Exception {
        DemoPopulation.estimates(2026, TODAY).forEach((year, p) ->
                assertThat(comparisons.population(year)).as("" + year).contains(p));
        var rate = library.measures(2026, null).get("cla.rate_per_10000");
        assertThat(rate.value()).isNotNull();
        assertThat(rate.denominator()).isEqualTo(DemoPopulation.estimates(2026, TODAY).get(2026).longValue());
        var html = mvc.perform(get("/dashboard").param("year", "2026")
                        .with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("performance"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("no population given");
        // setting one again changes nothing: the performance team's estimate is never overwritten
        assertThat(comparisons.setPopulationIfNone(2026, 1, "test", "test")).isFalse();
        assertThat(comparisons.population(2026)).contains(DemoPopulation.estimates(2026, TODAY).get(2026));
    }
}
