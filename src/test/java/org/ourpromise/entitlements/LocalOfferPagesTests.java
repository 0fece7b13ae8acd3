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

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The manager publishes the local offer and keeps its list: an entitlement added with its district and limit is
 * claimed up to that limit and no further; bad input and a stale change save nothing.
 */
class LocalOfferPagesTests extends WebTestSupport {

    @Autowired
    private EntitlementStore store;

    private static MockHttpServletRequestBuilder withDate(MockHttpServletRequestBuilder req, String field, LocalDate d) {
        return req.param(field + "-day", String.valueOf(d.getDayOfMonth()))
                .param(field + "-month", String.valueOf(d.getMonthValue()))
                .param(field + "-year", String.valueOf(d.getYear()));
    }

    private static MockHttpServletRequestBuilder offer(LocalDate published, LocalDate consulted, LocalDate review) {
        return withDate(withDate(withDate(post("/entitlements/offer"), "publishedOn", published), "consultedOn", consulted),
                "reviewBy", review).param("summary", "Our offer to you").with(csrf());
    }

    @Test
    void anOfferConsultedOnAfterItWasPublishedIsRefusedAndNothingIsSaved() throws Exception {
        int before = store.offers().size();
        mvc.perform(offer(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2), LocalDate.of(2027, 4, 1)).with(as("tm1")))
                .andExpect(status().isOk()).andExpect(view().name("entitlements/offer"))
                .andExpect(model().attribute("errors", hasKey("consultedOn")))
                .andExpect(content().string(containsString("<title>Error: The local offer")));
        mvc.perform(offer(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1)).with(as("tm1")))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("reviewBy")));
        assertThat(store.offers()).hasSize(before);
    }

    @Test
    void aPublishedOfferIsShownWithItsDatesOnTheEntitlementsPage() throws Exception {
        long audited = auditCount("tm1", "EDIT_REPORT");
        // consulted on the day it was published, reviewed a year and a day later
        mvc.perform(offer(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 10, 2))
                .with(as("tm1"))).andExpect(status().is3xxRedirection());
        assertThat(auditCount("tm1", "EDIT_REPORT")).isEqualTo(audited + 1);
        assertThat(store.localOffer().orElseThrow().reviewBy()).isEqualTo(LocalDate.of(2027, 10, 2));
        mvc.perform(get("/entitlements").with(as("sw1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("to be reviewed by 2 October 2027")));
    }

    @Test
    void anEntitlementAddedToTheListIsClaimedUpToItsLimitAndNoFurther() throws Exception {
        mvc.perform(post("/entitlements/offer/entitlements/new").param("name", "Council tax exemption (Charnwood)")
                .param("forWhom", "CHILDREN_IN_CARE").param("minAge", "10").param("maxAge", "17")
                .param("district", "Charnwood Borough Council").param("unit", "UNITS").param("limit", "2")
                .param("period", "ONE_OFF").with(as("admin1")).with(csrf())).andExpect(status().is3xxRedirection());
        var added = store.entitlements().stream().filter(e -> e.name().equals("Council tax exemption (Charnwood)"))
                .findFirst().orElseThrow();
        assertThat(added.district()).isEqualTo("Charnwood Borough Council");
        int before = store.claims(TestCouncil.AMIRA).size();
        mvc.perform(claim(added.id(), "3")).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("amount")))
                .andExpect(content().string(containsString("The claim is over the limit for Council tax exemption"
                        + " (Charnwood) (2 once): 2 is left for this young person")));
        assertThat(store.claims(TestCouncil.AMIRA)).hasSize(before);
        mvc.perform(claim(added.id(), "2")).andExpect(status().is3xxRedirection());
        mvc.perform(claim(added.id(), "1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("0 is left for this young person")));
    }

    @Test
    void aStaleChangeToAnEntitlementIsRefusedAndShowsWhatIsSavedNow() throws Exception {
        var e = store.entitlements().stream().filter(x -> x.name().equals("Time 2 Spend")).findFirst().orElseThrow();
        var first = new HashMap<String, String>(EntitlementForm.values(e));
        first.put("limit", "175");
        mvc.perform(post("/entitlements/offer/entitlements/" + e.id()).params(params(first)).with(as("tm1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var stale = new HashMap<String, String>(EntitlementForm.values(e));
        stale.put("limit", "200");
        mvc.perform(post("/entitlements/offer/entitlements/" + e.id()).params(params(stale)).with(as("tm1")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this after you opened it")))
                .andExpect(content().string(containsString("£175 a year")));
        assertThat(store.entitlement(e.id()).orElseThrow().limit()).isEqualByComparingTo("175");
        // put it back for the other tests' limits
        mvc.perform(post("/entitlements/offer/entitlements/" + e.id()).params(params(new HashMap<>(Map.of("name",
                "Time 2 Spend", "forWhom", "CHILDREN_IN_CARE", "minAge", "0", "maxAge", "17", "unit", "POUNDS", "limit",
                "150", "period", "YEARLY", "budget", "60000", "active", "yes", "version", String.valueOf(e.version() + 1)))))
                .with(as("tm1")).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @ParameterizedTest(name = "ages {0} to {1}, limit {2} {3}: problem in {4}")
    @CsvSource({"16, 15, 150, POUNDS, maxAge", "0, 26, 150, POUNDS, maxAge", "16, 16, 1.5, UNITS, limit",
        "16, 16, 0, POUNDS, limit", "16, 16, 150, LITRES, unit"})
    void badListEntriesAreRefused(String min, String max, String limit, String unit, String field) {
        var read = EntitlementForm.read(new HashMap<>(Map.of("name", "Laptop", "forWhom", "BOTH", "minAge", min,
                "maxAge", max, "limit", limit, "unit", unit, "period", "YEARLY")), null);
        assertThat(read.entitlement()).isNull();
        assertThat(read.errors()).containsKey(field);
    }

    @Test
    void aSocialWorkerMayClaimButNotChangeTheOffer() throws Exception {
        mvc.perform(get("/entitlements/offer").with(as("sw1"))).andExpect(status().isForbidden());
    }

    private static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> values) {
        var m = new org.springframework.util.LinkedMultiValueMap<String, String>();
        values.forEach(m::add);
        return m;
    }

    private MockHttpServletRequestBuilder claim(long entitlement, String amount) {
        return withDate(post("/entitlements/claims"), "requestedOn", LocalDate.of(2026, 11, 2))
                .param("child", TestCouncil.AMIRA).param("entitlement", String.valueOf(entitlement))
                .param("amount", amount).param("purpose", "Exemption for the year").with(as("tm1")).with(csrf());
    }
}
