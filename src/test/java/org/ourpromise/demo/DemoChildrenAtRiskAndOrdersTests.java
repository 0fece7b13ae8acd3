package org.ourpromise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.permanence.PermanenceOrder;
import org.ourpromise.permanence.PermanenceOrders;
import org.ourpromise.risk.RiskRegister;
import org.ourpromise.risk.YouthJusticeAndPlacedHere;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo council on first start has special guardianship orders with allowances and support after them, youth
 * justice, missing panel reviews and other councils' children placed here; the managers' pages show them. (The
 * same settings as {@link DemoIroServiceTests}, so the two share one demo council.)
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:demoiro-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=true"})
@AutoConfigureMockMvc
class DemoChildrenAtRiskAndOrdersTests {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserAccounts users;
    @Autowired
    private PermanenceOrders orders;
    @Autowired
    private YouthJusticeAndPlacedHere records;
    @Autowired
    private RiskRegister risk;

    @Test
    void theDemoCouncilHasOrdersYouthJusticeAndChildrenPlacedHere() throws Exception {
        var sgo = orders.orders(PermanenceOrder.Kind.SGO);
        assertThat(sgo).isNotEmpty();
        assertThat(sgo).anyMatch(o -> o.allowanceWeekly() != null);
        assertThat(sgo).allMatch(o -> o.supportPlanOn() != null && !o.supportPlanOn().isAfter(o.madeOn()));
        assertThat(sgo).anyMatch(o -> !orders.support(o.id()).isEmpty());
        assertThat(records.youthJustice(null)).isNotEmpty();
        assertThat(records.placedHere()).isNotEmpty();
        assertThat(risk.missingPanelReviews()).isNotEmpty();
        var manager = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("team.manager"));
        mvc.perform(get("/risk").with(manager)).andExpect(status().isOk());
        mvc.perform(get("/risk/placed-here").with(manager)).andExpect(status().isOk());
        mvc.perform(get("/permanence").with(manager)).andExpect(status().isOk());
        mvc.perform(get("/entitlements/offer").with(manager)).andExpect(status().isOk());
    }
}
