package org.ourpromise.reports.virtualschool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;

/**
 * The Virtual School Head's annual report: the page and the PDF from the record, the narrative written by the Head
 * kept with it (a save from an older version refused), and no child named.
 */
class VirtualSchoolReportTests extends WebTestSupport {

    @Test
    void theHeadWritesTheNarrativeAndTheReportShowsItOnThePageAndInThePdf() throws Exception {
        mvc.perform(get("/reports/virtual-school/narrative").with(as("vsh1"))).andExpect(status().isOk());
        String version = String.valueOf(jdbc.queryForList("select version from virtual_school_narrative",
                Integer.class).stream().findFirst().orElse(-1));
        mvc.perform(post("/reports/virtual-school/narrative").param("text", "Success for all.\n\nAttendance rose.")
                .param("version", version).with(as("vsh1")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/reports/virtual-school").with(as("board1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<p>Success for all.</p>")))
                .andExpect(content().string(containsString("<p>Attendance rose.</p>")))
                .andExpect(content().string(containsString("Profile of children and schools")))
                .andExpect(content().string(not(containsString("Amira"))));
        var pdf = mvc.perform(get("/reports/virtual-school.pdf").with(as("vsh1"))).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // a second form opened before the save still carries the old version
        mvc.perform(post("/reports/virtual-school/narrative").param("text", "Overwritten?").param("version", version)
                .with(as("vsh1")).with(csrf())).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasEntry(org.hamcrest.Matchers.is("text"),
                        startsWith("Someone else saved this after you opened it"))))
                .andExpect(content().string(containsString("<title>Error: ")))
                // what is saved now beside what they entered, their text kept in the box to save again
                .andExpect(content().string(containsString("What is saved now, and what you entered")))
                .andExpect(content().string(containsString("Overwritten?")));
        assertThat(jdbc.queryForObject("select narrative from virtual_school_narrative", String.class))
                .startsWith("Success for all.");
        assertThat(auditCount("vsh1", "EDIT_REPORT")).isPositive();
        assertThat(TestCouncil.AMIRA).isNotBlank();
    }

    @Test
    void onlyTheHeadWritesTheNarrative() throws Exception {
        mvc.perform(get("/reports/virtual-school/narrative").with(as("perf1"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/virtual-school").with(as("nurse1"))).andExpect(status().isForbidden());
    }
}
