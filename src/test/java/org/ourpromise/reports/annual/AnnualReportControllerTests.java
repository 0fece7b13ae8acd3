package org.ourpromise.reports.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.reports.AnnualReport;
import org.ourpromise.reports.ReportNarrative;

/** Issue 4: the annual report built from the record, its PDF, and the performance team's narrative. */
class AnnualReportControllerTests extends WebTestSupport {

    @BeforeEach
    void noNarrative() {
        jdbc.update("delete from report_narrative");
    }

    private long narratives() {
        Long n = jdbc.queryForObject("select count(*) from report_narrative", Long.class);
        return n == null ? 0 : n;
    }

    @Test
    void theReportIsShownInTheBrowserWithItsOwnStylesAllowedByHash() throws Exception {
        mvc.perform(get("/reports/annual").param("year", "2026").with(as("board1")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString(AnnualReport.TITLE)))
                .andExpect(content().string(containsString("1 April 2025 to 31 March 2026")))
                .andExpect(content().string(containsString("/reports/annual.pdf?year=2026")))
                // board members do not write the narrative
                .andExpect(content().string(not(containsString("/reports/annual/narrative"))))
                .andExpect(header().string("Content-Security-Policy", containsString("style-src 'self' 'sha256-")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))));
    }

    @Test
    void thePdfIsAPdf() throws Exception {
        var bytes = mvc.perform(get("/reports/annual.pdf").param("year", "2026").with(as("tm1")))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("annual-report-2026.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void aSavedNarrativeIsShownInTheReportAndAudited() throws Exception {
        long before = auditCount("perf1", "EDIT_REPORT");
        mvc.perform(get("/reports/annual").param("year", "2026").with(as("perf1")))
                .andExpect(content().string(containsString("/reports/annual/narrative?year=2026")));
        // one link in the report's bar; the page lists the sections, each with whether it is written
        mvc.perform(get("/reports/annual/narrative").param("year", "2026").with(as("perf1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/reports/annual/narrative?year=2026&amp;section=STABILITY")))
                .andExpect(content().string(containsString("Not written yet")));
        mvc.perform(get("/reports/annual/narrative").param("year", "2026").param("section", "STABILITY").with(as("perf1")))
                .andExpect(status().isOk()).andExpect(view().name("reports/annual/narrative"))
                .andExpect(model().attribute("text", ""));
        mvc.perform(post("/reports/annual/narrative").param("year", "2026").param("section", "STABILITY")
                        .param("text", "Stability improved after the new fostering recruitment drive.")
                        .with(as("perf1")).with(csrf()))
                .andExpect(redirectedUrl("/reports/annual?year=2026#stability"));
        assertThat(auditCount("perf1", "EDIT_REPORT")).isEqualTo(before + 1);
        mvc.perform(get("/reports/annual").param("year", "2026").with(as("perf1")))
                .andExpect(content().string(containsString("Stability improved after the new fostering recruitment drive.")))
                .andExpect(content().string(containsString(ReportNarrative.PLACEHOLDER)));
        var pdf = mvc.perform(get("/reports/annual.pdf").param("year", "2026").with(as("perf1")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pdf).isNotEmpty();
        mvc.perform(get("/reports/annual/narrative").param("year", "2026").param("section", "STABILITY").with(as("perf1")))
                .andExpect(model().attribute("text", "Stability improved after the new fostering recruitment drive."));
    }

    @Test
    void anUnknownSectionIsRefusedWithAClearMessageAndNothingSaved() throws Exception {
        mvc.perform(post("/reports/annual/narrative").param("year", "2026").param("section", "GOSSIP")
                        .param("text", "Some text").with(as("perf1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("reports/annual/narrative"))
                .andExpect(content().string(containsString("Choose a section of the report from the list")));
        assertThat(narratives()).isZero();
    }

    @Test
    void textOverTenThousandCharactersIsRefusedWithAClearMessageAndNothingSaved() throws Exception {
        mvc.perform(post("/reports/annual/narrative").param("year", "2026").param("section", "HEALTH")
                        .param("text", "x".repeat(10_001)).with(as("perf1")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The narrative must be 10,000 characters or fewer (it has 10,001)")));
        assertThat(narratives()).isZero();
        mvc.perform(post("/reports/annual/narrative").param("year", "2026").param("section", "HEALTH")
                        .param("text", "y".repeat(10_000)).with(as("perf1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(narratives()).isOne();
    }

    @Test
    void withoutCsrfNothingIsSaved() throws Exception {
        mvc.perform(post("/reports/annual/narrative").param("year", "2026").param("section", "HEALTH")
                .param("text", "text").with(as("perf1"))).andExpect(status().isForbidden());
        assertThat(narratives()).isZero();
    }

    @Test
    void aYearThatIsNotACollectionYearIsABadRequest() throws Exception {
        mvc.perform(get("/reports/annual").param("year", "26").with(as("perf1"))).andExpect(status().isBadRequest());
    }

    @Test
    void aSaveFromAStalePageIsRefusedShowingBothTextsAndCanBeAppliedAgain() throws Exception {
        // two people open the empty HEALTH section; the first saves
        mvc.perform(post("/reports/annual/narrative").param("year", "2026").param("section", "HEALTH")
                .param("version", "").param("versionSection", "HEALTH").param("text", "Theirs: dental checks rose.")
                .with(as("perf1")).with(csrf())).andExpect(status().is3xxRedirection());
        // the second saves from the page opened before: refused, both texts shown, theirs kept in the box at version 0
        mvc.perform(post("/reports/annual/narrative").param("year", "2026").param("section", "HEALTH")
                        .param("version", "").param("versionSection", "HEALTH").param("text", "Mine: immunisations.")
                        .with(as("perf1")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What is saved now, and what you entered")))
                .andExpect(content().string(containsString("Theirs: dental checks rose.")))
                .andExpect(content().string(containsString("Mine: immunisations.")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        assertThat(jdbc.queryForObject("select text from report_narrative where section = 'HEALTH'", String.class))
                .isEqualTo("Theirs: dental checks rose.");
        // saving again from that page applies the edit knowingly
        mvc.perform(post("/reports/annual/narrative").param("year", "2026").param("section", "HEALTH")
                .param("version", "0").param("versionSection", "HEALTH").param("text", "Both: dental and immunisations.")
                .with(as("perf1")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select text || ' v' || version from report_narrative where section = 'HEALTH'",
                String.class)).isEqualTo("Both: dental and immunisations. v1");
    }
}
