package org.ourpromise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.health.HealthServiceData;
import org.ourpromise.measures.HealthServiceMeasureCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo council on first start has registrations with a GP, a dentist and an optician, mental-health referrals
 * with their waits and leaving-care health summaries, so the nurse's figures are real ones, not empty. (The same
 * settings as {@link DemoIroServiceTests}, so they share one demo council.)
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:demoiro-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=true"})
@AutoConfigureMockMvc
class DemoHealthServicesTests {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserAccounts users;
    @Autowired
    private HealthServiceData health;
    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void theNursesFiguresComeFromTheDemoCouncilsOwnHealthRecords() throws Exception {
        var figures = health.yearToDate(LocalDate.of(2026, 11, 22));
        var gp = figures.get(HealthServiceMeasureCatalogue.GP);
        assertThat(gp.denominator()).isPositive();
        // most children are registered with a GP, not all
        assertThat(gp.value()).isBetween(new BigDecimal("80"), new BigDecimal("100"));
        assertThat(figures.get(HealthServiceMeasureCatalogue.DENTIST).numerator()).isPositive();
        assertThat(figures.get(HealthServiceMeasureCatalogue.SEEN_IN_18_WEEKS).denominator()).isPositive();
        // five years: those from the health record's first entry have their own figures, any before it none
        var trend = health.trend(LocalDate.of(2026, 11, 22));
        assertThat(trend).hasSize(5);
        assertThat(trend.get(4).values()).isNotNull();
        var recorded = trend.stream().map(y -> y.values() != null).toList();
        assertThat(recorded.subList(recorded.indexOf(true), 5)).doesNotContain(false);
        var nurse = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("health"));
        mvc.perform(get("/health/figures/" + HealthServiceMeasureCatalogue.GP).with(nurse)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Five-year trend")))
                .andExpect(content().string(containsString("2022-23")))
                .andExpect(content().string(containsString(trend.get(0).values() == null ? "Not recorded" : "%")));
        mvc.perform(get("/health/waits").with(nurse)).andExpect(status().isOk())
                .andExpect(content().string(containsString("CAMHS")));
    }

    /**
     * The demo's `health` account (the looked-after children's nurse) on a real child of the demo council: health
     * items and figures and the child's health pages open; the rest of the record (the record and chronology,
     * visits, reviews, education, leavers, the board and the council's reports) is refused.
     */
    @Test
    void theNurseSeesHealthAndNothingElseOfTheRecord() throws Exception {
        var nurse = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("health"));
        var child = jdbc.queryForObject("select min(child_id) from mental_health_referral", String.class);
        for (var own : java.util.List.of("/", "/health", "/health/waits",
                "/health/figures/" + HealthServiceMeasureCatalogue.GP, "/health/children/" + child,
                "/health/children/" + child + "/summary")) {
            mvc.perform(get(own).with(nurse)).andExpect(status().isOk());
        }
        for (var other : java.util.List.of("/children", "/children/" + child, "/children/" + child + "/chronology",
                "/children/" + child + "/record/visit", "/children/" + child + "/record/review",
                "/children/" + child + "/record/health-assessment", "/iro/reviews/" + child + "/2026-01-01",
                "/education/children/" + child, "/virtual-school", "/leavers", "/leavers/children/" + child,
                "/worklist", "/caseload", "/board-pack", "/board/meetings", "/dashboard", "/reports/annual",
                "/targets", "/data-quality", "/iro/alerts", "/admin/audit")) {
            mvc.perform(get(other).with(nurse)).andExpect(status().isForbidden());
        }
    }
}
