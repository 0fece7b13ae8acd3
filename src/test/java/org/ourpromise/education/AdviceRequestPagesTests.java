package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Previously looked-after children's requests for advice (test council, 22 November 2026): one recorded and then
 * answered at its version; an answer before the question and missing facts refused; a stale change refused; the
 * counts by who asked for 2026 to 2027 and the CSV; the median of the days to answer worked by hand.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:plac-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class AdviceRequestPagesTests extends WebTestSupport {

    private static final String PAGE = "/virtual-school/previously-looked-after";

    private static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder r, String name, String d, String m,
            String y) {
        return r.param(name + "-day", d).param(name + "-month", m).param(name + "-year", y);
    }

    @Test
    void aRequestIsRecordedAnsweredCountedAndDownloaded() throws Exception {
        mvc.perform(date(post(PAGE), "askedOn", "2", "10", "2026").param("askedBy", "SCHOOL")
                .param("asker", "Brook Park Academy").param("subject", "Using Pupil Premium Plus for a mentor")
                .param("version", "0").with(as("vsh1")).with(csrf())).andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select max(plac_request_id) from plac_request", Long.class);
        mvc.perform(date(date(post(PAGE + "/" + id), "askedOn", "2", "10", "2026"), "answeredOn", "9", "10", "2026")
                .param("askedBy", "SCHOOL").param("subject", "Using Pupil Premium Plus for a mentor")
                .param("asker", "Brook Park Academy").param("version", "0").with(as("vsh1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // the same change from the version before is stale
        mvc.perform(date(post(PAGE + "/" + id), "askedOn", "2", "10", "2026").param("askedBy", "SCHOOL")
                .param("subject", "Something else").param("version", "0").with(as("vsh1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("askedBy")));
        mvc.perform(get(PAGE).with(as("vsh1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Requests asked in 2026 to 2027")))
                .andExpect(content().string(containsString("within 7 days")));
        mvc.perform(get(PAGE + ".csv").with(as("vsh1"))).andExpect(content().string(containsString(
                "2026-10-02,A school or early years setting,Brook Park Academy,Using Pupil Premium Plus for a mentor,2026-10-09")));
        assertThat(auditCount("vsh1", "RECORD_EVENT")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void impossibleRequestsAreRefusedAndNothingIsSaved() throws Exception {
        int before = jdbc.queryForObject("select count(*) from plac_request", Integer.class);
        mvc.perform(date(date(post(PAGE), "askedOn", "9", "10", "2026"), "answeredOn", "2", "10", "2026")
                .param("version", "0").with(as("vsh1")).with(csrf()))
                .andExpect(model().attribute("errors", hasKey("askedBy")))
                .andExpect(model().attribute("errors", hasKey("subject")))
                .andExpect(model().attribute("errors", hasEntry("answeredOn",
                        "The date it was answered must be on or after the date they asked")))
                .andExpect(content().string(containsString("<title>Error: Previously looked-after")));
        mvc.perform(date(post(PAGE), "askedOn", "31", "12", "2026").param("askedBy", "PARENT").param("subject", "x")
                .with(as("vsh1")).with(csrf())).andExpect(model().attribute("errors", hasKey("askedOn")));
        assertThat(jdbc.queryForObject("select count(*) from plac_request", Integer.class)).isEqualTo(before);
        mvc.perform(get(PAGE).with(as("sw1"))).andExpect(status().isForbidden());
    }

    @Test
    void countsAndTheMedianAreForTheSchoolYear() {
        var year = new SchoolYear(2026);
        var all = List.of(
                new AdviceRequest(1, AdviceRequest.AskedBy.PARENT, null, "a", LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 9, 3), 0),
                new AdviceRequest(2, AdviceRequest.AskedBy.PARENT, null, "b", LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 9, 11), 0),
                new AdviceRequest(3, AdviceRequest.AskedBy.SCHOOL, null, "c", LocalDate.of(2026, 11, 1), null, 0),
                // 31 August 2026 is the last day of the year before
                new AdviceRequest(4, AdviceRequest.AskedBy.OTHER, null, "d", LocalDate.of(2026, 8, 31),
                        LocalDate.of(2026, 9, 30), 0));
        var counts = AdviceRequestController.counts(all, year);
        assertThat(counts).containsExactly(new AdviceRequestController.Count(AdviceRequest.AskedBy.PARENT, 2, 2, 0),
                new AdviceRequestController.Count(AdviceRequest.AskedBy.SCHOOL, 1, 0, 1),
                new AdviceRequestController.Count(AdviceRequest.AskedBy.OTHER, 0, 0, 0));
        assertThat(AdviceRequestController.medianDays(all, year)).isEqualTo(6L);
    }
}
