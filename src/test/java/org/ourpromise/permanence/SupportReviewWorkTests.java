package org.ourpromise.permanence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.worklists.OtherWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Reviews of the support after a special guardianship or child arrangements order reach the worklists of those who
 * track permanence, for the children they may see, four weeks ahead (hand-worked from the test council's day,
 * 22 November 2026: 20 December is the last day shown), and leave it when a later review is recorded.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:supportreviews-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class SupportReviewWorkTests extends WebTestSupport {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Autowired
    private PermanenceOrders orders;

    @Autowired
    private SupportReviewWork work;

    @Autowired
    private UserAccounts users;

    private long order(String child) {
        if (orders.order(child).isEmpty()) {
            orders.add(new PermanenceOrder(0, child, PermanenceOrder.Kind.SGO, "Grandparents", LocalDate.of(2026, 1, 5),
                    LocalDate.of(2026, 1, 20), "Allowance and respite", LocalDate.of(2026, 2, 2), null, null, null, 0),
                    "perf1");
        }
        return orders.order(child).orElseThrow().id();
    }

    private void support(String child, PostOrderSupport.Kind kind, LocalDate on, LocalDate next) {
        orders.addSupport(new PostOrderSupport(0, order(child), child, kind, on, "Respite and a support group", null,
                next), "perf1");
    }

    private List<OtherWork.Item> itemsOf(String username) {
        return work.itemsFor(users.loadUserByUsername(username), TODAY);
    }

    @Test
    void reviewsDueWithinFourWeeksReachThoseWhoTrackPermanenceForTheChildrenTheySee() throws Exception {
        support(TestCouncil.AMIRA, PostOrderSupport.Kind.REQUEST, LocalDate.of(2026, 6, 20), LocalDate.of(2026, 12, 20));
        support(TestCouncil.JACK, PostOrderSupport.Kind.REVIEW, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 1));
        support(TestCouncil.LEAH, PostOrderSupport.Kind.REVIEW, LocalDate.of(2026, 6, 21), LocalDate.of(2026, 12, 21));

        // 20 December is 28 days ahead: shown; 21 December is not yet; 1 November is overdue
        assertThat(itemsOf("perf1")).extracting(OtherWork.Item::childId, OtherWork.Item::due).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TestCouncil.JACK, LocalDate.of(2026, 11, 1)),
                org.assertj.core.groups.Tuple.tuple(TestCouncil.AMIRA, LocalDate.of(2026, 12, 20)));
        assertThat(itemsOf("perf1").get(0).overdue(TODAY)).isTrue();
        // the team manager of team T1 sees Amira only; a social worker does not track permanence
        assertThat(itemsOf("tm1")).extracting(OtherWork.Item::childId).containsExactly(TestCouncil.AMIRA);
        assertThat(itemsOf("sw1")).isEmpty();

        mvc.perform(get("/worklist").with(as("perf1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Review of the support plan after the order")));

        // the review held on 20 November sets the next one for May: Jack's item leaves the list
        support(TestCouncil.JACK, PostOrderSupport.Kind.REVIEW, LocalDate.of(2026, 11, 20), LocalDate.of(2027, 5, 20));
        assertThat(itemsOf("perf1")).extracting(OtherWork.Item::childId).containsExactly(TestCouncil.AMIRA);
    }
}
