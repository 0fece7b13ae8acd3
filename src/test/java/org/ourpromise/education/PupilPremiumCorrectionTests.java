package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.measures.EducationMeasureCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Changing and withdrawing a Pupil Premium Plus payment on the test council (22 November 2026), with 2026-27's rate
 * set to £2,345: Amira's grant less the £400 top-slice leaves an allocation of £1,945. Paid £1,000, the payment may
 * become £1,900 (what is left without it is £1,945) but not £2,000; withdrawn, £1,945 is left again, the statements
 * show it struck through and the Virtual School's figure counts it no more. A stale version, a withdrawal with no
 * reason and another role change nothing.
 */
@TestPropertySource(properties = {"promise.pupil-premium.rates.2026=2345",
        "spring.datasource.url=jdbc:h2:mem:ppcorrection-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class PupilPremiumCorrectionTests extends WebTestSupport {

    private static final String CHILD = "/virtual-school/pupil-premium/children/" + TestCouncil.AMIRA;
    private static final FinancialYear YEAR = new FinancialYear(2026);

    @Autowired
    private SchoolList schools;
    @Autowired
    private SchoolHistory history;
    @Autowired
    private PupilPremiumLedger ledger;
    @Autowired
    private EducationMeasureSource measures;

    private long id;

    @BeforeEach
    void amiraIsPaidOneThousandPounds() throws Exception {
        if (jdbc.queryForObject("select count(*) from school where urn = '120345'", Integer.class) == 0) {
            schools.addIfAbsent(new School("120345", "Brook Park Academy", "Secondary", "Demoshire"));
            history.add(new SchoolPlacement(0, TestCouncil.AMIRA, "120345", LocalDate.of(2023, 9, 4), null, "7",
                    SchoolPlacement.Sen.NONE, false, 0), "test");
            jdbc.update("insert into education_event (child_id, kind, event_date) values (?, 'PEP_MEETING', ?)",
                    TestCouncil.AMIRA, LocalDate.of(2026, 10, 6));
        }
        jdbc.update("delete from pupil_premium_payment");
        assertThat(left()).isEqualByComparingTo("1945");
        mvc.perform(post(CHILD).param("urn", "120345").param("pep", "2026-10-06").param("amount", "1000")
                .param("paidOn-day", "2").param("paidOn-month", "11").param("paidOn-year", "2026")
                .param("purpose", "Maths tuition for a term").with(csrf()).with(as("vsh1")))
                .andExpect(status().is3xxRedirection());
        id = jdbc.queryForObject("select max(pupil_premium_payment_id) from pupil_premium_payment", Long.class);
        assertThat(left()).isEqualByComparingTo("945");
    }

    private BigDecimal left() {
        return ledger.allocations(YEAR).stream().filter(a -> a.childId().equals(TestCouncil.AMIRA)).findFirst()
                .orElseThrow().left();
    }

    private BigDecimal saved() {
        return jdbc.queryForObject("select amount from pupil_premium_payment where pupil_premium_payment_id = ?",
                BigDecimal.class, id);
    }

    private int version() {
        return jdbc.queryForObject("select version from pupil_premium_payment where pupil_premium_payment_id = ?",
                Integer.class, id);
    }

    private MockHttpServletRequestBuilder change(String amount, int version) {
        return change(amount, version, "2026");
    }

    private MockHttpServletRequestBuilder change(String amount, int version, String year) {
        return post(CHILD + "/payments/" + id).param("version", String.valueOf(version)).param("urn", "120345")
                .param("pep", "2026-10-06").param("amount", amount).param("paidOn-day", "2")
                .param("paidOn-month", "11").param("paidOn-year", year)
                .param("purpose", "Maths tuition for two terms").with(csrf()).with(as("vsh1"));
    }

    private MockHttpServletRequestBuilder withdraw(String reason, int version) {
        return post(CHILD + "/payments/" + id + "/withdraw").param("version", String.valueOf(version))
                .param("reason", reason).with(csrf()).with(as("vsh1"));
    }

    private long paidFigure() {
        return measures.measures(2027).get(EducationMeasureCatalogue.PUPIL_PREMIUM_PAID).numerator();
    }

    @Test
    void theFormOpensFilledInAndAChangeWithinWhatIsLeftIsSavedAndAudited() throws Exception {
        mvc.perform(get(CHILD + "/payments/" + id).with(as("vsh1"))).andExpect(status().isOk())
                .andExpect(view().name("education/pupil-premium-change"))
                .andExpect(model().attribute("values", hasEntry("amount", "1000")))
                .andExpect(model().attribute("values", hasEntry("paidOn-day", "2")))
                .andExpect(content().string(containsString("Maths tuition for a term")));
        long audits = auditCount("vsh1", "RECORD_EVENT");
        mvc.perform(change("1900", 0)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", containsString("£1,900")));
        assertThat(saved()).isEqualByComparingTo("1900");
        assertThat(version()).isEqualTo(1);
        assertThat(left()).isEqualByComparingTo("45");
        assertThat(auditCount("vsh1", "RECORD_EVENT")).isEqualTo(audits + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where child_id = ? and detail like ?",
                Integer.class, TestCouncil.AMIRA, "%payment " + id + " changed: 1000.00%is now 1900%")).isEqualTo(1);
    }

    @Test
    void aChangeBeyondWhatIsLeftWithoutThePaymentIsRefused() throws Exception {
        mvc.perform(change("2000", 0)).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasEntry("amount", "The amount must be £1,945 or less: that is"
                        + " what is left of Amira Khan's allocation for 2026-27")))
                .andExpect(content().string(containsString("<title>Error: Change a Pupil Premium Plus payment")));
        assertThat(saved()).isEqualByComparingTo("1000");
        assertThat(version()).isZero();
        // a date in the future, and one in a year she was not eligible (she was not looked after in 2019-20)
        mvc.perform(change("100", 0, "2027")).andExpect(model().attribute("errors",
                hasKey("paidOn")));
        mvc.perform(change("100", 0, "2019")).andExpect(model().attribute("errors",
                hasKey("paidOn")));
        assertThat(saved()).isEqualByComparingTo("1000");
    }

    @Test
    void aChangeFromAPageOpenedBeforeSomeoneElsesSaveChangesNothing() throws Exception {
        mvc.perform(change("1900", 0)).andExpect(status().is3xxRedirection());
        mvc.perform(change("1500", 0)).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasEntry("urn", StaleEdit.MESSAGE)))
                .andExpect(content().string(containsString("Someone else saved this after you opened it")));
        assertThat(saved()).isEqualByComparingTo("1900");
        assertThat(version()).isEqualTo(1);
        // and a withdrawal at the old version
        mvc.perform(withdraw("Paid twice", 0)).andExpect(model().attribute("errors", hasEntry("reason",
                StaleEdit.MESSAGE)));
        assertThat(jdbc.queryForObject("select count(*) from pupil_premium_payment where withdrawn_at is not null",
                Integer.class)).isZero();
    }

    @Test
    void aWithdrawalNeedsAReasonThenReturnsTheMoneyAndCountsNowhere() throws Exception {
        long before = paidFigure();
        mvc.perform(change("1900", 0)).andExpect(status().is3xxRedirection());
        assertThat(paidFigure()).isEqualTo(before + 900);
        mvc.perform(get(CHILD + "/payments/" + id + "/withdraw").with(as("vsh1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Are you sure you want to withdraw this payment?")))
                .andExpect(content().string(containsString("£1,945")));
        mvc.perform(withdraw("  ", 1)).andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("reason")))
                .andExpect(content().string(containsString("<title>Error: Withdraw a Pupil Premium Plus payment")));
        assertThat(left()).isEqualByComparingTo("45");
        long audits = auditCount("vsh1", "RECORD_EVENT");
        mvc.perform(withdraw("Paid to the wrong school", 1)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", containsString("is withdrawn")));
        assertThat(left()).isEqualByComparingTo("1945");
        assertThat(paidFigure()).isEqualTo(before - 1000);
        assertThat(ledger.statement(YEAR).paid()).isEqualByComparingTo(BigDecimal.valueOf(paidFigure()));
        assertThat(auditCount("vsh1", "RECORD_EVENT")).isEqualTo(audits + 1);
        assertThat(jdbc.queryForMap("select withdrawn_by, withdrawn_reason from pupil_premium_payment where"
                + " pupil_premium_payment_id = ?", id)).containsEntry("withdrawn_by", "vsh1")
                .containsEntry("withdrawn_reason", "Paid to the wrong school");
        mvc.perform(get(CHILD).with(as("vsh1"))).andExpect(content().string(containsString("Withdrawn")))
                .andExpect(content().string(containsString("<del>£1,900</del>")));
        mvc.perform(get("/virtual-school/pupil-premium").param("year", "2026").with(as("vsh1")))
                .andExpect(content().string(containsString("<del>£1,900</del>")));
        mvc.perform(get("/virtual-school/pupil-premium.csv").param("year", "2026").with(as("vsh1")))
                .andExpect(content().string(containsString("Brook Park Academy,120345,0,0,0,1,1900")));
        // a withdrawn payment is neither changed nor withdrawn again
        mvc.perform(change("100", 2)).andExpect(status().isOk());
        mvc.perform(withdraw("Again", 2)).andExpect(status().isOk());
        assertThat(saved()).isEqualByComparingTo("1900");
        assertThat(version()).isEqualTo(2);
    }

    @Test
    void onlyTheVirtualSchoolChangesOrWithdrawsPayments() throws Exception {
        mvc.perform(get(CHILD + "/payments/" + id).with(as("sw1"))).andExpect(status().isForbidden());
        mvc.perform(change("1900", 0).with(as("sw1"))).andExpect(status().isForbidden());
        mvc.perform(get(CHILD + "/payments/" + id + "/withdraw").with(as("sw1"))).andExpect(status().isForbidden());
        mvc.perform(withdraw("Wrong", 0).with(as("sw1"))).andExpect(status().isForbidden());
        assertThat(saved()).isEqualByComparingTo("1000");
        assertThat(version()).isZero();
        mvc.perform(get(CHILD + "/payments/999999").with(as("vsh1"))).andExpect(status().isNotFound());
    }
}
