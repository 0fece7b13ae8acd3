package org.ourpromise.recordsrequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.record.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The register of requests for records, as the records team (the performance officer) uses it. */
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sar-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class RecordsRequestPagesTests extends WebTestSupport {

    /** Adopted in 2020: the episode ended with an adoption order (903 REC E11). */
    static final String ADOPTED = "SAR-ADOPTED-1";

    @Autowired
    CareRecords records;

    @BeforeEach
    void adoptedChild() {
        if (records.existing(List.of(ADOPTED)).isEmpty()) {
            records.addAll(List.of(ChildRecords.child(ADOPTED, new Identity("Rosa", "Adopted", LocalDate.of(2015, 4, 2),
                    "F", "WBRI", null, null, null, null, false))
                    .episode(new CareEpisode(LocalDate.of(2016, 1, 4), "S", "C2", "N1", "A5", "PR1",
                            LocalDate.of(2020, 6, 1), "E11", null, "LE1 1AA", "LE6 6FF", null)).build()));
        }
    }

    private MockHttpServletRequestBuilder newRequest(String child, String receivedDay, String receivedMonth) {
        return post("/records-requests/new").with(as("perf1")).with(csrf()).param("child", child)
                .param("requesterName", "Jordan Example").param("requesterKind", "ADULT_WHO_WAS_IN_CARE")
                .param("askedFor", "Everything from my time in care").param("received-day", receivedDay)
                .param("received-month", receivedMonth).param("received-year", "2026");
    }

    private long logged(String child) throws Exception {
        return logged(child, "11");
    }

    private long logged(String child, String receivedMonth) throws Exception {
        var location = mvc.perform(newRequest(child, "2", receivedMonth)).andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void loggingARequestShowsItsDueDayAndPutsItOnTheRecordsTeamsWorklist() throws Exception {
        long id = logged(TestCouncil.JACK);
        // received 2 November 2026: due 2 December 2026, a Wednesday
        mvc.perform(get("/records-requests/" + id).with(as("perf1"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2 December 2026")));
        mvc.perform(get("/records-requests").with(as("perf1"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("RR-" + id)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Adoption records are not disclosed")));
        mvc.perform(get("/worklist").with(as("perf1"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Records request RR-" + id)));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where child_id = ? and detail like ?",
                Long.class, TestCouncil.JACK, "logged records request RR-" + id + "%")).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithAMessageForEachFieldAndNothingIsSaved() throws Exception {
        long before = count();
        mvc.perform(post("/records-requests/new").with(as("perf1")).with(csrf()).param("child", "SAR-NOBODY")
                .param("askedFor", "x".repeat(501)).param("received-day", "31").param("received-month", "2")
                .param("received-year", "2026"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("errors", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.hasEntry("child", "There is no child or young person with the ID SAR-NOBODY"),
                        org.hamcrest.Matchers.hasKey("requesterName"), org.hamcrest.Matchers.hasKey("requesterKind"),
                        org.hamcrest.Matchers.hasKey("askedFor"),
                        org.hamcrest.Matchers.hasEntry("received",
                                "The date the request was received must be a real date, for example 27 3 2026"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<title>Error: ")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anExtensionToldAfterTheFirstMonthIsRefused() throws Exception {
        long id = logged(TestCouncil.JACK, "10");
        // the first month of a request received on Friday 2 October 2026 ends on Monday 2 November 2026
        mvc.perform(post("/records-requests/" + id).with(as("perf1")).with(csrf()).param("version", "0")
                .param("extensionMonths", "2").param("extensionReason", "Ten years of records")
                .param("extensionTold-day", "3").param("extensionTold-month", "11").param("extensionTold-year", "2026"))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", org.hamcrest.Matchers.hasEntry(
                        "extensionTold", "The requester must be told within the first month, by 2 November 2026: "
                                + "too late to extend")));
        assertThat(requestRow(id).extensionMonths()).isZero();
    }

    @Test
    void anExtensionToldInTimeMovesTheDueDayAndAStaleSaveIsRefused() throws Exception {
        long id = logged(TestCouncil.JACK);
        mvc.perform(post("/records-requests/" + id).with(as("perf1")).with(csrf()).param("version", "0")
                .param("extensionMonths", "2").param("extensionReason", "Ten years of records")
                .param("extensionTold-day", "20").param("extensionTold-month", "11").param("extensionTold-year", "2026"))
                .andExpect(status().is3xxRedirection());
        // 2 November + 3 months = 2 February 2027, a Tuesday
        assertThat(requestRow(id).due()).isEqualTo(LocalDate.of(2027, 2, 2));
        mvc.perform(post("/records-requests/" + id).with(as("perf1")).with(csrf()).param("version", "0")
                .param("extensionMonths", "0"))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", org.hamcrest.Matchers.hasKey("version")));
        assertThat(requestRow(id).extensionMonths()).isEqualTo(2);
    }

    @Test
    void theRecordIsExportedAsAPdfWithWhatWasWithheld() throws Exception {
        long id = logged(TestCouncil.AMIRA);
        mvc.perform(post("/records-requests/" + id + "/withheld").with(as("perf1")).with(csrf())
                .param("what", "A letter from a neighbour").param("exemption", "SERIOUS_HARM").param("why", "Advice of the doctor"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/records-requests/" + id + "/withheld").with(as("perf1")).with(csrf()).param("what", ""))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.hasKey("what"), org.hamcrest.Matchers.hasKey("exemption"),
                        org.hamcrest.Matchers.hasKey("why"))));
        var pdf = mvc.perform(get("/records-requests/" + id + "/disclosure.pdf").with(as("perf1")))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf")).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(jdbc.queryForObject("select count(*) from records_request_withheld where request_id = ?", Long.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where child_id = ? and action = 'EXPORT' "
                + "and detail like ?", Long.class, TestCouncil.AMIRA, "%RR-" + id + "%")).isEqualTo(1);
    }

    @Test
    void anAdoptedPersonsRecordIsNotPreparedForDisclosure() throws Exception {
        long id = logged(ADOPTED);
        mvc.perform(get("/records-requests/" + id).with(as("perf1"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("adopted person's record")));
        mvc.perform(get("/records-requests/" + id + "/disclosure.pdf").with(as("perf1")))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("adopted adults ask the adoption agency")));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where child_id = ? and action = 'EXPORT'",
                Long.class, ADOPTED)).isZero();
    }

    @Test
    void nobodyButTheRecordsTeamSeesTheRegister() throws Exception {
        mvc.perform(get("/records-requests").with(as("sw1"))).andExpect(status().isForbidden());
        mvc.perform(get("/records-requests").with(as("co1"))).andExpect(status().isForbidden());
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from records_request", Long.class);
    }

    @Autowired
    RecordsRequests requests;

    private RecordsRequest requestRow(long id) {
        return requests.find(id).orElseThrow();
    }

    @Test
    void theRegisterSortsPagesAndDownloadsWholeAudited() throws Exception {
        long october = logged(TestCouncil.JACK, "10");
        long september = logged(TestCouncil.JACK, "9");
        var list = (org.ourpromise.lists.ListPage<?>) mvc.perform(get("/records-requests?sort=received&order=asc")
                .with(as("perf1"))).andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("list");
        assertThat(list.sort()).isEqualTo("received");
        var ids = list.items().stream().map(r -> ((RecordsRequest) r).id()).toList();
        assertThat(ids).containsSubsequence(september, october);
        var newest = (org.ourpromise.lists.ListPage<?>) mvc.perform(get("/records-requests").with(as("perf1")))
                .andReturn().getModelAndView().getModel().get("list");
        assertThat(newest.items().stream().map(r -> ((RecordsRequest) r).id()).toList())
                .containsSubsequence(october, september);
        String html = mvc.perform(get("/records-requests").with(as("perf1"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains(list.total() + " requests.").contains("/records-requests.csv?sort=received&amp;order=desc");
        long before = auditCount("perf1", "EXPORT");
        var csv = mvc.perform(get("/records-requests.csv?sort=received&order=asc").with(as("perf1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("Request,Child ID,Whose records,Adopted,Asked by,Received,Due,Status");
        assertThat(lines).hasSize(list.total() + 1);
        assertThat(csv.indexOf("RR-" + september + ",")).isLessThan(csv.indexOf("RR-" + october + ","));
        assertThat(auditCount("perf1", "EXPORT")).isEqualTo(before + 1);
        mvc.perform(get("/records-requests.csv").with(as("sw1"))).andExpect(status().isForbidden());
    }
}
