package org.ourpromise.permanence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.lists.ListPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The Permanence Panel's meetings (issue 16), on a database of their own: 53 a week apart from Wednesday
 * 6 January 2021 (the last on 5 January 2022), the even ones (27) chaired by the Head of Service and the odd ones
 * (26) by the Deputy Director.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:panellists-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class PanelListTests extends WebTestSupport {

    private static final LocalDate FIRST = LocalDate.of(2021, 1, 6);

    @Autowired
    private PermanenceStore store;

    @BeforeEach
    void panels() {
        if (store.panels().isEmpty()) {
            for (int i = 0; i < 53; i++) {
                store.addPanel(FIRST.plusWeeks(i), i % 2 == 0 ? "Head of Service" : "Deputy Director", "tm1");
            }
        }
    }

    private ListPage<?> list(String url) throws Exception {
        return (ListPage<?>) mvc.perform(get(url).with(as("tm1"))).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel().get("list");
    }

    private static LocalDate meets(ListPage<?> list, int row) {
        return ((PermanenceStore.Panel) list.items().get(row)).meetsOn();
    }

    @Test
    void theMeetingsAreLatestFirstFiftyToAPageKeepingTheYear() throws Exception {
        var first = list("/permanence/panels");
        assertThat(first.total()).isEqualTo(53);
        assertThat(first.sort()).isEqualTo("date");
        assertThat(first.descending()).isTrue();
        assertThat(first.items()).hasSize(50);
        assertThat(meets(first, 0)).isEqualTo(LocalDate.of(2022, 1, 5));
        var second = list("/permanence/panels?year=2026&page=2");
        assertThat(second.items()).extracting(p -> ((PermanenceStore.Panel) p).meetsOn()).containsExactly(
                LocalDate.of(2021, 1, 20), LocalDate.of(2021, 1, 13), LocalDate.of(2021, 1, 6));
        String html = mvc.perform(get("/permanence/panels?year=2026").with(as("tm1"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("Showing 1 to 50 of 53 meetings.",
                "/permanence/panels.csv?year=2026&amp;sort=date&amp;order=desc",
                "/permanence/panels?year=2026&amp;sort=chair&amp;order=asc");
    }

    @Test
    void theySortByChairBothWays() throws Exception {
        // the Deputy Director's 26 first, latest first among them; then the Head of Service's
        var asc = list("/permanence/panels?sort=chair&order=asc");
        assertThat(((PermanenceStore.Panel) asc.items().get(0)).chair()).isEqualTo("Deputy Director");
        assertThat(meets(asc, 0)).isEqualTo(LocalDate.of(2021, 12, 29));
        assertThat(((PermanenceStore.Panel) asc.items().get(26)).chair()).isEqualTo("Head of Service");
        // the last three of the Head of Service's: the 5th, 3rd and 1st
        var ascTwo = list("/permanence/panels?sort=chair&order=asc&page=2");
        assertThat(ascTwo.items()).extracting(p -> ((PermanenceStore.Panel) p).meetsOn()).containsExactly(
                LocalDate.of(2021, 2, 3), LocalDate.of(2021, 1, 20), LocalDate.of(2021, 1, 6));
        var desc = list("/permanence/panels?sort=chair&order=desc");
        assertThat(((PermanenceStore.Panel) desc.items().get(0)).chair()).isEqualTo("Head of Service");
        assertThat(meets(desc, 0)).isEqualTo(LocalDate.of(2022, 1, 5));
        assertThat(((PermanenceStore.Panel) desc.items().get(27)).chair()).isEqualTo("Deputy Director");
        assertThat(list("/permanence/panels?sort=nope&page=-1").sort()).isEqualTo("date");
    }

    @Test
    void theCsvIsTheWholeListInThePagesOrderAuditedAsAnExport() throws Exception {
        long before = auditCount("perf1", "EXPORT");
        String csv = mvc.perform(get("/permanence/panels.csv?sort=chair&order=asc").with(as("perf1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var lines = csv.split("\r\n");
        assertThat(lines).hasSize(54);
        assertThat(lines[0]).isEqualTo("Date,Chair");
        assertThat(lines[1]).isEqualTo("2021-12-29,Deputy Director");
        assertThat(lines[26]).isEqualTo("2021-01-13,Deputy Director");
        assertThat(lines[27]).isEqualTo("2022-01-05,Head of Service");
        assertThat(lines[53]).isEqualTo("2021-01-06,Head of Service");
        assertThat(auditCount("perf1", "EXPORT")).isEqualTo(before + 1);
        Map<String, Object> entry = jdbc.queryForMap("select child_id, children_shown, detail from audit_event where "
                + "username = 'perf1' and action = 'EXPORT' order by audit_id desc limit 1");
        assertThat(entry.get("child_id")).isNull();
        assertThat(((Number) entry.get("children_shown")).intValue()).isZero();
        assertThat(entry.get("detail")).isEqualTo("Permanence Panel meetings CSV: 53 meetings");
    }

    @Test
    void theCsvIsForThoseWhoTrackPermanenceOnly() throws Exception {
        mvc.perform(get("/permanence/panels.csv").with(as("tm1"))).andExpect(status().isOk());
        mvc.perform(get("/permanence/panels.csv").with(as("board1"))).andExpect(status().isForbidden());
        mvc.perform(get("/permanence/panels.csv").with(as("sw1"))).andExpect(status().isForbidden());
    }
}
