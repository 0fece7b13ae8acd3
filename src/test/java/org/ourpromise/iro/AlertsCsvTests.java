package org.ourpromise.iro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.test.context.TestPropertySource;

/** The alerts list's CSV (issue 16): the whole list, with the page's filters and order, and audited as an export. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:alerts-csv-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class AlertsCsvTests extends WebTestSupport {

    @BeforeEach
    void twoAlerts() throws Exception {
        if (jdbc.queryForObject("select count(*) from qa_alert", Integer.class) > 0) {
            return;
        }
        raise(TestCouncil.AMIRA, "18", "=SUM(A1)");
        raise(TestCouncil.JACK, "20", "Plan is late");
    }

    private void raise(String child, String day, String seen) throws Exception {
        mvc.perform(post("/iro/alerts/new").param("raised-day", day).param("raised-month", "11")
                .param("raised-year", "2026").param("child", child).param("kind", "CONCERN").param("category", "5")
                .param("team", "T1").param("seen", seen).param("asked", "Update the plan").with(as("irom1"))
                .with(csrf())).andExpect(status().is3xxRedirection());
    }

    private String csv(String address) throws Exception {
        return mvc.perform(get(address).with(as("irom1"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theCsvFollowsThePagesOrderAndIsAuditedAsAnExport() throws Exception {
        long exports = auditCount("irom1", "EXPORT");
        var newest = Arrays.asList(csv("/iro/alerts.csv").split("\r\n"));
        assertThat(newest).hasSize(3);
        assertThat(newest.get(0)).startsWith("Raised,Child ID,Child,Alert,Formal,Category,Raised by,Team,Sent to,Status");
        assertThat(newest.get(1)).startsWith("2026-11-20," + TestCouncil.JACK + ",Jack Smith,");
        var byChild = Arrays.asList(csv("/iro/alerts.csv?sort=child&order=asc").split("\r\n"));
        assertThat(byChild.get(1)).startsWith("2026-11-18," + TestCouncil.AMIRA + ",Amira Khan,");
        assertThat(auditCount("irom1", "EXPORT")).isEqualTo(exports + 2);
        String page = mvc.perform(get("/iro/alerts?sort=child&order=asc").with(as("irom1"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("2 alerts match.", "/iro/alerts.csv?sort=child&amp;order=asc");
    }

    @Test
    void aFilterOfThePageFiltersItsCsv() throws Exception {
        assertThat(csv("/iro/alerts.csv?kind=GOOD_PRACTICE").split("\r\n")).hasSize(1);
    }
}
