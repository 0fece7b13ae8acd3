package org.ourpromise.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.access.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The register below the complaints worklist ("received in the last 12 months or still open") downloads whole as
 * CSV, in the page's order, with the page's columns in words, audited as one export naming every child in it.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:complaint-register-csv-tests-${random.uuid};"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ComplaintRegisterCsvTests extends WebTestSupport {

    @Autowired
    private AuditLog audit;

    private String log(String child, LocalDate received, String madeBy) throws Exception {
        var result = mvc.perform(post("/complaints/new").param("received-day", String.valueOf(received.getDayOfMonth()))
                .param("received-month", String.valueOf(received.getMonthValue()))
                .param("received-year", String.valueOf(received.getYear())).param("child", child)
                .param("summary", "Something went wrong").param("madeBy", madeBy).with(as("co1")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return result.getResponse().getRedirectedUrl().substring("/complaints/".length());
    }

    @Test
    void theRegisterDownloadsWholeInThePagesOrderAudited() throws Exception {
        var jack = log(TestCouncil.JACK, LocalDate.of(2026, 11, 2), "ADVOCATE");
        var leah = log(TestCouncil.LEAH, LocalDate.of(2026, 11, 20), "CHILD");
        var amira = log(TestCouncil.AMIRA, LocalDate.of(2026, 10, 5), "CARER");
        String page = mvc.perform(get("/complaints").param("sort", "child").param("order", "desc").with(as("co1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/complaints/register.csv?sort=child&amp;order=desc")
                .contains("as a spreadsheet (CSV)");

        long before = auditCount("co1", "EXPORT");
        String csv = mvc.perform(get("/complaints/register.csv").param("sort", "child").param("order", "desc")
                        .with(as("co1")))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        var lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("Reference,Child ID,Name,Received,Made by,Stage");
        // by child's name, Z to A: Leah Brown, Jack Smith, Amira Khan
        var leahRow = leah + "," + TestCouncil.LEAH + ",Leah Brown,2026-11-20,The child or young person,"
                + "Stage 1: local resolution";
        var jackRow = jack + "," + TestCouncil.JACK + ",Jack Smith,2026-11-02,\"The child, through an advocate\","
                + "Stage 1: local resolution";
        var amiraRow = amira + "," + TestCouncil.AMIRA + ",Amira Khan,2026-10-05,A carer,Stage 1: local resolution";
        assertThat(lines).contains(leahRow, jackRow, amiraRow);
        assertThat(lines.indexOf(leahRow)).isLessThan(lines.indexOf(jackRow));
        assertThat(lines.indexOf(jackRow)).isLessThan(lines.indexOf(amiraRow));
        assertThat(auditCount("co1", "EXPORT")).isEqualTo(before + 1);
        var entry = audit.search(new AuditLog.Query("co1", TestCouncil.AMIRA, AuditLog.Action.EXPORT, null, null), 5);
        assertThat(entry).anySatisfy(e -> assertThat(e.detail()).startsWith("downloaded the complaints register"));

        // newest first when no sort is asked for: Leah (20 Nov), Jack (2 Nov), Amira (5 Oct)
        var plain = Arrays.asList(mvc.perform(get("/complaints/register.csv").with(as("co1"))).andReturn()
                .getResponse().getContentAsString().split("\r\n"));
        assertThat(plain.indexOf(leahRow)).isLessThan(plain.indexOf(jackRow));
        assertThat(plain.indexOf(jackRow)).isLessThan(plain.indexOf(amiraRow));
        // the deadlines download is still there
        mvc.perform(get("/complaints.csv").with(as("co1"))).andExpect(status().isOk());
    }

    @Test
    void aBadSortIsIgnoredAndOnlyTheComplaintsOfficerMayDownload() throws Exception {
        mvc.perform(get("/complaints/register.csv").param("sort", "nope").param("order", "sideways").with(as("co1")))
                .andExpect(status().isOk());
        mvc.perform(get("/complaints/register.csv").with(as("sw1"))).andExpect(status().isForbidden());
        mvc.perform(get("/complaints/register.csv").with(as("perf1"))).andExpect(status().isForbidden());
    }
}
