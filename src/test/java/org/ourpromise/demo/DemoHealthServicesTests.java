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

    @Test
    void theNursesFiguresComeFromTheDemoCouncilsOwnHealthRecords() throws Exception {
        var figures = health.yearToDate(LocalDate.of(2026, 11, 22));
        var gp = figures.get(HealthServiceMeasureCatalogue.GP);
        assertThat(gp.denominator()).isPositive();
        // most children are registered with a GP, not all
        assertThat(gp.value()).isBetween(new BigDecimal("80"), new BigDecimal("100"));
        assertThat(figures.get(HealthServiceMeasureCatalogue.DENTIST).numerator()).isPositive();
        assertThat(figures.get(HealthServiceMeasureCatalogue.SEEN_IN_18_WEEKS).denominator()).isPositive();
        var nurse = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("health"));
        mvc.perform(get("/health/waits").with(nurse)).andExpect(status().isOk())
                .andExpect(content().string(containsString("CAMHS")));
    }
}
