package org.ourpromise.restricted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.access.RecordRestrictions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The nurse and the Virtual School Head see children without a case scope: a restricted record is listed to them
 * as "Restricted" with the child's id only, and they open it with a reason, alerting and audited as case workers.
 */
class RestrictedForNurseAndVirtualSchoolTests extends WebTestSupport {

    private static final Pattern HEALTH_LINE =
            Pattern.compile("<td class=\"govuk-table__cell\">(?:<a class=\"govuk-link\" href=\"[^\"]*\">)?([^<(]+)"
                    + " \\(([A-Za-z0-9_-]+)\\)(?:</a>)?</td>");
    private static final Pattern VSH_LINE = Pattern.compile("/education/children/([A-Za-z0-9_-]+)\">([^<]+)</a>");

    @Autowired
    RecordRestrictions restrictions;

    @AfterEach
    void liftEverything() {
        jdbc.update("delete from restricted_alert");
        jdbc.update("delete from restricted_access");
        jdbc.update("delete from restricted_person");
        jdbc.update("delete from restricted_record");
    }

    @Test
    void theNurseSeesTheLineAsRestrictedGivesAReasonThenSeesIt() throws Exception {
        String page = mvc.perform(get("/health").with(as("nurse1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var line = HEALTH_LINE.matcher(page);
        assertThat(line.find()).as("the test council has a child on the health worklist").isTrue();
        String name = line.group(1);
        String childId = line.group(2);
        String breakGlass = "/children/" + childId + "/restricted";
        restrict(childId);

        mvc.perform(get("/health").with(as("nurse1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Restricted")))
                .andExpect(content().string(containsString(breakGlass)))
                .andExpect(content().string(containsString("(" + childId + ")")))
                .andExpect(content().string(not(containsString(name + " (" + childId + ")"))));
        mvc.perform(get(breakGlass).with(as("nurse1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("This record is restricted")))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(post(breakGlass).with(as("nurse1")).with(csrf()).param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why you need to open this record")));
        assertThat(count("select count(*) from restricted_access")).isZero();

        mvc.perform(post(breakGlass).with(as("nurse1")).with(csrf()).param("reason", "Health assessment booked"))
                .andExpect(redirectedUrl("/health"));
        mvc.perform(get("/health").with(as("nurse1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name + " (" + childId + ")")));
        assertThat(count("select count(*) from audit_event where username = 'nurse1' and action = 'BREAK_THE_GLASS'"
                + " and child_id = '" + childId + "' and detail like '%Health assessment booked%'"
                + " and detail like '%alerted:%'")).isEqualTo(1);
    }

    @Test
    void theVirtualSchoolHeadIsSentToGiveAReasonThenOpensTheEducationPage() throws Exception {
        String page = mvc.perform(get("/virtual-school").with(as("vsh1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var line = VSH_LINE.matcher(page);
        assertThat(line.find()).as("the test council has a child on the Virtual School worklist").isTrue();
        String childId = line.group(1);
        String name = line.group(2);
        String breakGlass = "/children/" + childId + "/restricted";
        String education = "/education/children/" + childId;
        restrict(childId);

        mvc.perform(get("/virtual-school").with(as("vsh1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(breakGlass)))
                .andExpect(content().string(not(containsString(education + "\">"))))
                .andExpect(content().string(not(containsString(">" + name + "</a>"))));
        mvc.perform(get(education).with(as("vsh1"))).andExpect(redirectedUrl(breakGlass));
        mvc.perform(post(breakGlass).with(as("vsh1")).with(csrf()).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why you need to open this record")));
        mvc.perform(get(education).with(as("vsh1"))).andExpect(redirectedUrl(breakGlass));

        mvc.perform(post(breakGlass).with(as("vsh1")).with(csrf()).param("reason", "PEP meeting this afternoon"))
                .andExpect(redirectedUrl(education));
        mvc.perform(get(education).with(as("vsh1"))).andExpect(status().isOk());
        mvc.perform(get(breakGlass).with(as("vsh1"))).andExpect(redirectedUrl(education));
        assertThat(count("select count(*) from audit_event where username = 'vsh1' and action = 'BREAK_THE_GLASS'"
                + " and child_id = '" + childId + "' and detail like '%PEP meeting this afternoon%'")).isEqualTo(1);
    }

    private void restrict(String childId) {
        assertThat(restrictions.restrict(childId, Set.of("sw1"), "A relative of a member of staff", "tm1", 0)).isTrue();
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
