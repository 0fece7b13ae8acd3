package org.ourpromise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.education.AttainmentCohort;
import org.ourpromise.education.AttainmentFigures;
import org.ourpromise.education.FinancialYear;
import org.ourpromise.education.SchoolYear;
import org.ourpromise.education.PupilPremiumLedger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo council on first start has Pupil Premium Plus paid to schools this financial year and last, never more
 * than a child's allocation, and requests for advice about previously looked-after children; the Virtual School
 * Head's pages show them. (The same settings as {@link DemoIroServiceTests}, so they share one demo council.)
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:demoiro-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=true"})
@AutoConfigureMockMvc
class DemoVirtualSchoolRecordsTests {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserAccounts users;
    @Autowired
    private PupilPremiumLedger ledger;
    @Autowired
    private AttainmentCohort attainment;

    @Test
    void theDemoCouncilHasPupilPremiumPlusAndRequestsForAdvice() throws Exception {
        var year = FinancialYear.of(LocalDate.of(2026, 11, 22));
        var statement = ledger.statement(year);
        assertThat(statement.eligible()).isPositive();
        assertThat(statement.paid()).isPositive();
        assertThat(statement.schools()).isNotEmpty();
        assertThat(ledger.allocations(year)).allMatch(a -> a.paid().compareTo(a.allocation()) <= 0);
        assertThat(ledger.statement(new FinancialYear(2025)).paid()).isPositive();
        var head = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("virtual.school"));
        mvc.perform(get("/virtual-school").with(head)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pupil Premium Plus not being spent")));
        mvc.perform(get("/virtual-school/pupil-premium").with(head)).andExpect(status().isOk());
        mvc.perform(get("/virtual-school/previously-looked-after").with(head)).andExpect(status().isOk())
                .andExpect(content().string(containsString("A parent or guardian")));
    }

    @Test
    void lastYearsResultsAreInTheVirtualSchoolReportAndTheAnnualReport() throws Exception {
        var results = attainment.figures(new SchoolYear(2025));
        assertThat(results.withResults()).isNotEmpty();
        // 2025/26: no Progress 8 is published, and KS1 was no longer statutory
        assertThat(results.lines()).extracting(AttainmentFigures.Line::key).doesNotContain("ks4-p8", "ks1-rwm");
        var head = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("virtual.school"));
        mvc.perform(get("/reports/virtual-school").with(head)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Results in 2025 to 2026 of children looked after")))
                .andExpect(content().string(containsString("Key stage 4: grade 9 to 4 in English and maths")));
        var performance = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("performance"));
        mvc.perform(get("/reports/annual").param("year", "2026").with(performance)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Results in 2025 to 2026 of children looked after for 12")));
    }
}
