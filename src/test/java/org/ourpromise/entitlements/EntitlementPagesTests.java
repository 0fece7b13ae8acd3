package org.ourpromise.entitlements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Claims against the seeded local offer. Amira (born 14 March 2012, in care) is 14 on 22 November 2026: Time 2
 * Spend (£150 a year, April to March) and the Activ8 card are hers, a laptop (16 and over) is not.
 */
class EntitlementPagesTests extends WebTestSupport {

    @Autowired
    private EntitlementStore store;

    private long id(String name) {
        return store.entitlements().stream().filter(e -> e.name().startsWith(name)).findFirst().orElseThrow().id();
    }

    private MockHttpServletRequestBuilder claim(String entitlement, LocalDate on, String amount) {
        return post("/entitlements/claims").param("child", TestCouncil.AMIRA).param("entitlement",
                String.valueOf(id(entitlement))).param("requestedOn-day", String.valueOf(on.getDayOfMonth()))
                .param("requestedOn-month", String.valueOf(on.getMonthValue()))
                .param("requestedOn-year", String.valueOf(on.getYear())).param("amount", amount)
                .param("purpose", "Horse riding lessons").with(as("sw1")).with(csrf());
    }

    private int claims() {
        return store.claims(TestCouncil.AMIRA).size();
    }

    @Test
    void aClaimOverTheYearlyLimitIsRefusedAndTheNextYearStartsAgain() throws Exception {
        // 31 March 2026 is the last day of 2025-26: its £100 does not count against 2026-27
        mvc.perform(claim("Time 2 Spend", LocalDate.of(2026, 3, 31), "100")).andExpect(status().is3xxRedirection());
        mvc.perform(claim("Time 2 Spend", LocalDate.of(2026, 4, 1), "120")).andExpect(status().is3xxRedirection());
        int before = claims();
        mvc.perform(claim("Time 2 Spend", LocalDate.of(2026, 11, 1), "30.01"))
                .andExpect(status().isOk()).andExpect(view().name("entitlements/entitlements"))
                .andExpect(model().attribute("errors", hasKey("amount")))
                .andExpect(content().string(containsString("<title>Error: Entitlements")))
                .andExpect(content().string(containsString("£30 is left for this young person")));
        assertThat(claims()).isEqualTo(before);
        mvc.perform(claim("Time 2 Spend", LocalDate.of(2026, 11, 1), "30")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aStaleDecisionShowsWhatIsSavedNowKeepsTheEntriesAndSavingAgainAppliesThem() throws Exception {
        var on = LocalDate.of(2026, 3, 30);
        mvc.perform(claim("Time 2 Spend", on, "10")).andExpect(status().is3xxRedirection());
        var c = store.claims(TestCouncil.AMIRA).stream()
                .filter(x -> x.entitlementId() == id("Time 2 Spend") && x.requestedOn().equals(on)).findFirst()
                .orElseThrow();
        mvc.perform(get("/entitlements/children/" + TestCouncil.AMIRA).with(as("sw1"))).andExpect(status().isOk());
        // someone else approves the claim behind the page's back
        assertThat(store.decide(c.id(), Claim.Status.APPROVED, LocalDate.of(2026, 4, 2), null, c.version(), "tm1"))
                .isTrue();
        var html = mvc.perform(refuse(c.id(), c.version())).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("status-" + c.id())))
                .andReturn().getResponse().getContentAsString();
        int card = html.indexOf("id=\"claim-" + c.id() + "\"");
        assertThat(html.substring(card)).contains("What is saved now, and what you entered", "Approved", "Refused",
                "value=\"Already paid for by the school\"", "value=\"REFUSED\" checked",
                "name=\"version\" value=\"" + (c.version() + 1) + "\"");
        assertThat(store.claim(c.id()).orElseThrow().status()).isEqualTo(Claim.Status.APPROVED);
        mvc.perform(refuse(c.id(), c.version() + 1)).andExpect(status().is3xxRedirection());
        var saved = store.claim(c.id()).orElseThrow();
        assertThat(saved.status()).isEqualTo(Claim.Status.REFUSED);
        assertThat(saved.refusalReason()).isEqualTo("Already paid for by the school");
    }

    private MockHttpServletRequestBuilder refuse(long claim, int version) {
        return post("/entitlements/claims/" + claim).param("status", "REFUSED")
                .param("reason", "Already paid for by the school").param("version", String.valueOf(version))
                .with(as("sw1")).with(csrf());
    }

    @Test
    void someoneNotEligibleIsRefused() throws Exception {
        int before = claims();
        mvc.perform(claim("Laptop", LocalDate.of(2026, 11, 1), "1").param("confirmed", "yes"))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("entitlement")))
                .andExpect(content().string(containsString("Laptop is for young people aged 16 to 24 (this young person is 14)")));
        assertThat(claims()).isEqualTo(before);
    }

    @Test
    void aClaimIsApprovedPaidAndShownInTheCsvAndTheSpendingReport() throws Exception {
        mvc.perform(claim("Activ8", LocalDate.of(2026, 10, 1), "1")).andExpect(status().is3xxRedirection());
        var c = store.claims(TestCouncil.AMIRA).stream().filter(x -> x.entitlementId() == id("Activ8")).findFirst()
                .orElseThrow();
        mvc.perform(post("/entitlements/claims/" + c.id()).param("status", "REFUSED").param("version", "0")
                .with(as("sw1")).with(csrf())).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("status-" + c.id())));
        mvc.perform(post("/entitlements/claims/" + c.id()).param("status", "APPROVED").param("version", "0")
                .with(as("sw1")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/entitlements/claims/" + c.id()).param("status", "PAID").param("version", "1")
                .with(as("tm1")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(store.claim(c.id()).orElseThrow().status()).isEqualTo(Claim.Status.PAID);
        var csv = mvc.perform(get("/entitlements.csv").with(as("tm1"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(csv).startsWith("Claim,Child ID,Name,Entitlement,").contains("C1001,Amira Khan,Activ8 card (free swimming)");
        var rows = (java.util.List<?>) mvc.perform(get("/entitlements/spending").param("year", "2027").with(as("pa1")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("rows");
        var activ8 = rows.stream().map(Spending.class::cast).filter(s -> s.entitlement().id() == id("Activ8"))
                .findFirst().orElseThrow();
        assertThat(activ8.paid()).isGreaterThanOrEqualTo(BigDecimal.ONE);
        // Amira is not the personal adviser's: her page is refused
        mvc.perform(get("/entitlements/children/" + TestCouncil.AMIRA).with(as("pa1"))).andExpect(status().isForbidden());
    }
}
