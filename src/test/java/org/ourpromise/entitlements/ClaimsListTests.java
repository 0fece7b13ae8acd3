package org.ourpromise.entitlements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.lists.ListPage;
import org.springframework.test.context.TestPropertySource;

/** The claims list (issue 16): sorted by its column links, paged by 50, the total shown, the CSV in the page's order. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:claims-list-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ClaimsListTests extends WebTestSupport {

    @BeforeEach
    void fiftyFiveClaims() {
        if (jdbc.queryForObject("select count(*) from entitlement_claim", Integer.class) > 0) {
            return;
        }
        // amounts 1 to 55, made on days that run the other way: the newest claim is the smallest
        for (int i = 1; i <= 55; i++) {
            jdbc.update("insert into entitlement_claim (entitlement_id, child_id, requested_on, amount, purpose, status,"
                    + " recorded_by) values ((select min(entitlement_id) from entitlement), ?, ?, ?, 'Swimming',"
                    + " 'REQUESTED', 'sw1')", TestCouncil.AMIRA,
                    TestCouncil.TODAY.minusDays(i), i);
        }
    }

    private ListPage<?> list(String address) throws Exception {
        return (ListPage<?>) mvc.perform(get(address).with(as("tm1"))).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel().get("list");
    }

    @Test
    void newestFirstFiftyToAPageAndTheTotalShown() throws Exception {
        var first = list("/entitlements");
        assertThat(first.total()).isEqualTo(55);
        assertThat(first.items()).hasSize(50);
        assertThat(((Claim) first.items().get(0)).requestedOn()).isEqualTo(TestCouncil.TODAY.minusDays(1));
        assertThat(list("/entitlements?page=2").items()).hasSize(5);
        String html = mvc.perform(get("/entitlements").with(as("tm1"))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Showing 1 to 50 of 55 claims.", "govuk-pagination",
                // the amount's header offers the largest first
                "/entitlements?sort=amount&amp;order=desc", "Download all <span>55</span>");
    }

    @Test
    void sortedByAmountTheCsvHasEveryClaimInThePagesOrder() throws Exception {
        var page = list("/entitlements?sort=amount");
        assertThat(((Claim) page.items().get(0)).amount()).isEqualByComparingTo("55");
        assertThat(page.wholeListAt("/entitlements.csv")).startsWith("/entitlements.csv?sort=amount&order=desc");
        String csv = mvc.perform(get("/entitlements.csv?sort=amount&order=asc").with(as("tm1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines).hasSize(56);
        assertThat(lines.get(0)).startsWith("Claim,Child ID,Name,Entitlement,Requested,Amount");
        assertThat(lines.get(1)).contains(",Amira Khan,").contains(TestCouncil.TODAY.minusDays(1).toString());
        assertThat(lines.get(55)).contains(TestCouncil.TODAY.minusDays(55).toString());
    }
}
