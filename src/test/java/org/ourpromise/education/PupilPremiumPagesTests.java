package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Pupil Premium Plus through the pages on the test council (22 November 2026): Amira, looked after and in Year 10,
 * gets 2024-25's £2,570 (no rate is set for 2026-27) less £400 = £2,170; a payment to her school against her PEP is
 * saved and audited; nothing, too much, a bad date or a PEP after the payment is refused with GOV.UK errors; the
 * statement shows the school and its CSV; with nothing paid since 1 April she is on the worklist.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:pupilpremium-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class PupilPremiumPagesTests extends WebTestSupport {

    private static final String PAGE = "/virtual-school/pupil-premium/children/" + TestCouncil.AMIRA;

    @Autowired
    private SchoolList schools;
    @Autowired
    private SchoolHistory history;

    @BeforeEach
    void amiraIsOnRollWithAPep() {
        if (jdbc.queryForObject("select count(*) from school where urn = '120345'", Integer.class) > 0) {
            return;
        }
        schools.addIfAbsent(new School("120345", "Brook Park Academy", "Secondary", "Demoshire"));
        history.add(new SchoolPlacement(0, TestCouncil.AMIRA, "120345", LocalDate.of(2023, 9, 4), null, "7",
                SchoolPlacement.Sen.NONE, false, 0), "test");
        jdbc.update("insert into education_event (child_id, kind, event_date) values (?, 'PEP_MEETING', ?)",
                TestCouncil.AMIRA, LocalDate.of(2026, 10, 6));
    }

    private static MockHttpServletRequestBuilder payment(String amount, LocalDate paid) {
        return payment(amount, String.valueOf(paid.getDayOfMonth()), String.valueOf(paid.getMonthValue()),
                String.valueOf(paid.getYear()));
    }

    private static MockHttpServletRequestBuilder payment(String amount, String day, String month, String year) {
        return post(PAGE).param("urn", "120345").param("pep", "2026-10-06").param("amount", amount)
                .param("paidOn-day", day).param("paidOn-month", month).param("paidOn-year", year)
                .param("purpose", "Maths tuition for a term").with(csrf());
    }

    private int payments() {
        return jdbc.queryForObject("select count(*) from pupil_premium_payment where child_id = ?", Integer.class,
                TestCouncil.AMIRA);
    }

    @Test
    void aPaymentIsSavedAuditedAndShownOnTheStatement() throws Exception {
        mvc.perform(get("/virtual-school").with(as("vsh1")))
                .andExpect(content().string(containsString("Pupil Premium Plus not being spent")))
                .andExpect(content().string(containsString("£2,170")));
        int before = payments();
        mvc.perform(payment("600", LocalDate.of(2026, 11, 2)).with(as("vsh1"))).andExpect(status().is3xxRedirection());
        assertThat(payments()).isEqualTo(before + 1);
        assertThat(auditCount("vsh1", "RECORD_EVENT")).isPositive();
        mvc.perform(get(PAGE).with(as("vsh1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("£1,570")));
        mvc.perform(get("/virtual-school/pupil-premium").param("year", "2026").with(as("vsh1")))
                .andExpect(status().isOk()).andExpect(view().name("education/pupil-premium"))
                .andExpect(content().string(containsString("Brook Park Academy (URN 120345)")))
                .andExpect(content().string(containsString("no rate is set for this year yet")));
        mvc.perform(get("/virtual-school/pupil-premium.csv").param("year", "2026").with(as("vsh1")))
                .andExpect(content().string(containsString("Brook Park Academy,120345,1,1,600")));
        mvc.perform(get("/virtual-school/pupil-premium/years.csv").with(as("vsh1")))
                .andExpect(content().string(containsString("2026-27,2570,")));
    }

    @Test
    void impossiblePaymentsAreRefusedWithAnErrorEachAndNothingIsSaved() throws Exception {
        int before = payments();
        mvc.perform(payment("0", LocalDate.of(2026, 11, 2)).with(as("vsh1"))).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasEntry("amount",
                        "The amount must be more than £0, in pounds and pence, for example 485.50")))
                .andExpect(content().string(containsString("<title>Error: Pupil Premium Plus")));
        mvc.perform(payment("5000", LocalDate.of(2026, 11, 2)).with(as("vsh1")))
                .andExpect(model().attribute("errors", hasKey("amount")))
                .andExpect(content().string(containsString("or less: that is what is left of Amira Khan")));
        mvc.perform(payment("100", "30", "2", "2026").with(as("vsh1")))
                .andExpect(model().attribute("errors", hasKey("paidOn")));
        // the PEP of 6 October 2026 was after a payment on 1 October
        mvc.perform(payment("100", LocalDate.of(2026, 10, 1)).with(as("vsh1")))
                .andExpect(model().attribute("errors", hasKey("pep")));
        mvc.perform(post(PAGE).with(csrf()).with(as("vsh1"))).andExpect(model().attribute("errors", hasKey("urn")))
                .andExpect(model().attribute("errors", hasKey("purpose")));
        assertThat(payments()).isEqualTo(before);
    }

    @Test
    void onlyTheVirtualSchoolRecordsPayments() throws Exception {
        mvc.perform(payment("100", LocalDate.of(2026, 11, 2)).with(as("sw1"))).andExpect(status().isForbidden());
        mvc.perform(get("/virtual-school/pupil-premium").with(as("perf1"))).andExpect(status().isForbidden());
    }
}
