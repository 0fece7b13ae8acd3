package org.ourpromise.permanence;

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
import org.ourpromise.reports.ChartBar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Special guardianship and child arrangements orders: the order saved with its support plan and allowance, support
 * after the order, the orders in the annual report; bad input and a stale change save nothing.
 */
class OrdersPagesTests extends WebTestSupport {

    private static final String PAGE = "/permanence/children/" + TestCouncil.JACK + "/orders";

    @Autowired
    private PermanenceOrders orders;

    @Autowired
    private PanelReportTables tables;

    private static MockHttpServletRequestBuilder withDate(MockHttpServletRequestBuilder req, String field, LocalDate d) {
        return req.param(field + "-day", String.valueOf(d.getDayOfMonth()))
                .param(field + "-month", String.valueOf(d.getMonthValue()))
                .param(field + "-year", String.valueOf(d.getYear()));
    }

    private static MockHttpServletRequestBuilder sgo(LocalDate assessed, LocalDate plan, LocalDate made) {
        return withDate(withDate(withDate(post(PAGE), "assessedOn", assessed), "supportPlanOn", plan), "madeOn", made)
                .param("kind", "SGO").param("carers", "Mr and Mrs Smith (grandparents)")
                .param("supportPlan", "Allowance, respite twice a year, a support group");
    }

    @Test
    void aSupportPlanAgreedAfterTheOrderWasMadeIsRefusedAndNothingIsSaved() throws Exception {
        var before = orders.order(TestCouncil.JACK);
        mvc.perform(sgo(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 1))
                .with(as("perf1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("permanence/orders"))
                .andExpect(model().attribute("errors", hasKey("madeOn")))
                .andExpect(content().string(containsString("<title>Error: Special guardianship")))
                .andExpect(content().string(containsString(
                        "The date the order was made must be on or after the date the support plan was agreed")));
        assertThat(orders.order(TestCouncil.JACK)).isEqualTo(before);
    }

    @Test
    void anAllowanceBeforeTheOrderIsMadeIsRefused() throws Exception {
        var before = orders.order(TestCouncil.JACK);
        mvc.perform(withDate(post(PAGE), "allowanceFrom", LocalDate.of(2026, 1, 1)).param("kind", "CAO")
                .param("carers", "Aunt").param("allowance", "120").with(as("perf1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("allowance")))
                .andExpect(content().string(containsString("An allowance is paid once the order is made")));
        assertThat(orders.order(TestCouncil.JACK)).isEqualTo(before);
    }

    @Test
    void anOrderIsSavedWithSupportAfterItAndCountedInTheAnnualReportsYear() throws Exception {
        long before2026 = made(2026, "Special guardianship orders made");
        // made on 31 March 2026: the last day of the year ending 31 March 2026
        mvc.perform(sgo(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 31))
                .param("allowance", "180.50").param("allowanceFrom-day", "31").param("allowanceFrom-month", "3")
                .param("allowanceFrom-year", "2026").param("version", orders.order(TestCouncil.JACK)
                        .map(o -> String.valueOf(o.version())).orElse("0"))
                .with(as("perf1")).with(csrf())).andExpect(status().is3xxRedirection());
        var saved = orders.order(TestCouncil.JACK).orElseThrow();
        assertThat(saved.kind()).isEqualTo(PermanenceOrder.Kind.SGO);
        assertThat(saved.allowanceWeekly()).isEqualByComparingTo(new BigDecimal("180.50"));
        assertThat(saved.allowancePaidOn(TestCouncil.TODAY)).isTrue();
        assertThat(made(2026, "Special guardianship orders made")).isEqualTo(before2026 + 1);

        // support asked for the day before the order was made is refused; on the day it is recorded
        int support = orders.support(saved.id()).size();
        mvc.perform(withDate(post(PAGE + "/support"), "supportOn", LocalDate.of(2026, 3, 30)).param("supportKind", "REQUEST")
                .param("what", "Help with contact with birth parents").with(as("perf1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("supportOn")));
        assertThat(orders.support(saved.id())).hasSize(support);
        long audited = auditCount("perf1", "RECORD_EVENT");
        mvc.perform(withDate(withDate(post(PAGE + "/support"), "supportOn", LocalDate.of(2026, 3, 31)), "nextReview",
                LocalDate.of(2027, 3, 31)).param("supportKind", "REVIEW").param("what", "Support plan reviewed")
                .param("outcome", "Respite continues").with(as("perf1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(orders.support(saved.id())).hasSize(support + 1);
        assertThat(auditCount("perf1", "RECORD_EVENT")).isEqualTo(audited + 1);
        mvc.perform(get(PAGE).with(as("perf1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Review of the support plan")))
                .andExpect(content().string(containsString("£180.50 a week")));

        // a change from a page read before the save is refused and shows what is saved now
        mvc.perform(sgo(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 30))
                .param("version", String.valueOf(saved.version() + 5)).with(as("perf1")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this after you opened it")))
                .andExpect(content().string(containsString("31 March 2026")));
        assertThat(orders.order(TestCouncil.JACK).orElseThrow().madeOn()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void supportBeforeAnyOrderIsRecordedIsRefusedWithAnError() throws Exception {
        mvc.perform(withDate(post("/permanence/children/" + TestCouncil.AMIRA + "/orders/support"), "supportOn",
                LocalDate.of(2026, 11, 1)).param("supportKind", "REQUEST").param("what", "Help").with(as("tm1"))
                .with(csrf())).andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("kind")))
                .andExpect(content().string(containsString("record the order first")));
        assertThat(orders.order(TestCouncil.AMIRA)).isEmpty();
    }

    @Test
    void aChildOutsideTheManagersTeamIsRefused() throws Exception {
        mvc.perform(get(PAGE).with(as("tm1"))).andExpect(status().isForbidden());
    }

    private long made(int year, String label) {
        return tables.tables(year).get(1).rows().stream().filter(r -> r.label().equals(label))
                .map(ChartBar::value).findFirst().orElseThrow().longValue();
    }
}
