package org.ourpromise.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
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
import org.ourpromise.casefile.RecordingFormTestSupport;
import org.ourpromise.measures.HealthServiceMeasureCatalogue;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecords;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A child's health pages (issue 12): registrations, mental-health referrals and waits, the health summary for a
 * young person leaving care, and the nurse's figures and worklist. Test day 22 November 2026.
 */
// its own database: it adds children the shared test council's other classes count
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:child-health-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ChildHealthPagesTests extends RecordingFormTestSupport {

    /** Turns 18 on 10 March 2027: the summary is due by 9 March 2027. */
    private static final String LEAVER = "CH-1";
    private static final String PAGE = "/health/children/" + LEAVER;

    @Autowired
    private HealthServiceData data;

    @BeforeEach
    void council() {
        if (records.load(LEAVER).isEmpty()) {
            records.addAll(List.of(ChildRecords.child(LEAVER, "Lena", "Leaver", LocalDate.of(2009, 3, 10), "F")
                    .episode(new CareEpisode(LocalDate.of(2020, 1, 1), "C", "C2", "N1", "U1", "PR1", null, null, null,
                            null, null, null))
                    .allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW009", "T9", LocalDate.of(2020, 1, 1),
                            null, null)).build()));
        }
    }

    @Test
    void registrationsAreRecordedAndWrongOnesRefused() throws Exception {
        mvc.perform(date(post(PAGE + "/registrations"), "regChecked", "1", "10", "2026").param("regService", "GP")
                .param("regRegistered", "yes").param("regPractice", "Castle Street Surgery").with(as("nurse1"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(date(post(PAGE + "/registrations"), "regChecked", "1", "1", "2008").param("regService", "DENTIST")
                .with(as("nurse1")).with(csrf())).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("regRegistered")))
                .andExpect(model().attribute("errors", hasKey("regChecked")))
                .andExpect(content().string(containsString("<title>Error: ")));
        mvc.perform(get(PAGE).with(as("nurse1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Castle Street Surgery")))
                .andExpect(content().string(containsString("Not checked")));
        assertThat(auditCount("nurse1", "RECORD_EVENT")).isPositive();
        // a social worker outside the child's allocation may not open it
        mvc.perform(get(PAGE).with(as("sw1"))).andExpect(status().isForbidden());
    }

    @Test
    void referralsShowHowLongTheChildWaitedAndAStaleFirstSeenIsRefused() throws Exception {
        mvc.perform(date(date(post(PAGE + "/referrals"), "refReferred", "1", "3", "2026"), "refSeen", "1", "2", "2026")
                .param("refService", "CAMHS").with(as("nurse1")).with(csrf()))
                .andExpect(model().attribute("errors", hasKey("refSeen")));
        mvc.perform(date(post(PAGE + "/referrals"), "refReferred", "1", "6", "2026").param("refService", "OTHER")
                .with(as("nurse1")).with(csrf())).andExpect(model().attribute("errors", hasKey("refName")));
        mvc.perform(date(post(PAGE + "/referrals"), "refReferred", "1", "6", "2026").param("refService", "CAMHS")
                .with(as("nurse1")).with(csrf())).andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select referral_id from mental_health_referral where child_id = ?", Long.class,
                LEAVER);
        // 1 June to 2 November 2026: 154 days, 22 weeks, over 18
        mvc.perform(date(post(PAGE + "/referrals/" + id), "seen-" + id, "2", "11", "2026").param("version", "0")
                .with(as("nurse1")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(date(post(PAGE + "/referrals/" + id), "seen-" + id, "3", "11", "2026").param("version", "0")
                .with(as("nurse1")).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this")));
        mvc.perform(get("/health/waits").with(as("nurse1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lena Leaver")))
                .andExpect(content().string(containsString("Over 18 weeks")));
        var values = data.yearToDate(TestCouncil.TODAY);
        assertThat(values.get(HealthServiceMeasureCatalogue.MEDIAN_WAIT).value()).isEqualByComparingTo("22.0");
        assertThat(values.get(HealthServiceMeasureCatalogue.SEEN_IN_18_WEEKS).numerator()).isZero();
        mvc.perform(get("/health/figures/" + HealthServiceMeasureCatalogue.SEEN_IN_18_WEEKS).with(as("nurse1")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Lena Leaver")));
        mvc.perform(get("/health/figures/nothing").with(as("nurse1"))).andExpect(status().isNotFound());
    }

    /** The summaries the nurse's page lists. */
    private List<?> listed() throws Exception {
        return (List<?>) mvc.perform(get("/health").with(as("nurse1"))).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel().get("summaries");
    }

    /** The count on the nurse's home page. */
    private long counted() throws Exception {
        var page = (org.ourpromise.home.HomePage) mvc.perform(get("/").with(as("nurse1"))).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("page");
        var line = page.panels().stream().filter(p -> p.heading().equals("Health summaries before the 18th birthday"))
                .findFirst().orElseThrow().lines().get(0);
        assertThat(line.href()).isEqualTo("/health#summaries-due");
        return Long.parseLong(line.text().replaceAll("^(\\d+) .*", "$1"));
    }

    @Test
    void theHealthSummaryIsMadeCheckedByTheNurseAndGivenBeforeThe18thBirthday() throws Exception {
        // Lena's item is open (from 10 September 2026): the home page counts what the nurse's page lists
        long before = counted();
        assertThat(listed()).hasSize((int) before).isNotEmpty();
        mvc.perform(get("/health").with(as("nurse1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Health summaries due before the 18th birthday")))
                .andExpect(content().string(containsString("To make from the record")));
        // given before it is checked: refused
        mvc.perform(date(post(PAGE + "/summary"), "given", "20", "11", "2026").param("action", "given")
                .with(as("nurse1")).with(csrf())).andExpect(model().attribute("errors", hasKey("given")));
        mvc.perform(post(PAGE + "/summary").param("action", "make").param("version", "0").with(as("nurse1"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(PAGE + "/summary").with(as("nurse1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your last health assessment")))
                .andExpect(content().string(containsString("9 March 2027")));
        // checked before it was made (today): refused
        mvc.perform(date(post(PAGE + "/summary/checked"), "checked", "21", "11", "2026").param("version", "0")
                .with(as("nurse1")).with(csrf())).andExpect(model().attribute("errors", hasKey("checked")));
        // only the nurse checks it
        mvc.perform(date(post(PAGE + "/summary/checked"), "checked", "22", "11", "2026").param("version", "0")
                .with(as(separateSocialWorker())).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(date(post(PAGE + "/summary/checked"), "checked", "22", "11", "2026").param("version", "0")
                .with(as("nurse1")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(date(post(PAGE + "/summary"), "given", "23", "11", "2026").param("action", "given")
                .param("version", "1").with(as("nurse1")).with(csrf()))
                .andExpect(model().attribute("errors", hasKey("given")));
        mvc.perform(date(post(PAGE + "/summary"), "given", "22", "11", "2026").param("action", "given")
                .param("version", "1").with(as("nurse1")).with(csrf())).andExpect(status().is3xxRedirection());
        var summary = jdbc.queryForMap("select * from health_summary where child_id = ?", LEAVER);
        assertThat(summary.get("checked_by")).isEqualTo("Nia Nurse");
        assertThat(summary.get("given_on").toString()).isEqualTo("2026-11-22");
        mvc.perform(get("/health").with(as("nurse1"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("To make from the record"))));
        // given: the item is closed on both pages
        assertThat(counted()).isEqualTo(before - 1);
        assertThat(listed()).hasSize((int) before - 1);
    }
}
